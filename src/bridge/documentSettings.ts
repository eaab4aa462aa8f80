import type { AppStore } from '../store/appStore';

/**
 * Mirrors the display settings onto <html> so CSS can switch themes and projector mode, and
 * screen readers and fonts know the language. Written only when one changes, not on every
 * training tick.
 */
export function applyDocumentSettings(store: AppStore, root: HTMLElement): () => void {
  let applied: readonly unknown[] = [];
  const apply = () => {
    const { language, theme, palette, projector, controlsShown } = store.getState();
    const settings = [language, theme, palette, projector, controlsShown];
    if (settings.every((value, i) => value === applied[i])) return;
    applied = settings;
    root.lang = language === 'zh' ? 'zh-CN' : 'en';
    root.dataset.theme = theme;
    root.dataset.palette = palette;
    root.dataset.projector = String(projector);
    root.dataset.controls = controlsShown ? 'shown' : 'tucked';
  };
  apply();
  return store.subscribe(apply);
}
