import type { AppStore } from '../store/appStore';

/**
 * Mirrors the display settings onto <html> so CSS can switch themes and projector mode, and
 * screen readers and fonts know the language.
 */
export function applyDocumentSettings(store: AppStore, root: HTMLElement): () => void {
  const apply = () => {
    const { language, theme, palette, projector, controlsShown } = store.getState();
    root.lang = language === 'zh' ? 'zh-CN' : 'en';
    root.dataset.theme = theme;
    root.dataset.palette = palette;
    root.dataset.projector = String(projector);
    root.dataset.controls = controlsShown ? 'shown' : 'tucked';
  };
  apply();
  return store.subscribe(apply);
}
