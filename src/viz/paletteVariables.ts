import type { AppStore } from '../store/appStore';
import type { VizColors } from './palette';
import { vizColors } from './palette';

/** CSS custom property for each colour the stylesheets use. */
const VARIABLES: Partial<Record<keyof VizColors, string>> = {
  background: '--bg',
  panel: '--panel',
  panelEdge: '--panel-edge',
  text: '--text',
  muted: '--muted',
  weight: '--w',
  bias: '--b',
  z: '--z',
  y: '--y',
  cost: '--c',
  positive: '--pos',
  negative: '--neg',
  raise: '--raise',
  lower: '--lower',
  unknown: '--unknown',
  control: '--control',
  controlHover: '--control-hover',
  controlEdge: '--control-edge',
  track: '--track',
  axis: '--axis',
  onAccent: '--on-accent',
  imageBase: '--image-base',
  errorFill: '--error-fill',
  infoFill: '--info-fill',
};

/**
 * Writes the palette of the current theme, palette and projector setting onto <html> as CSS
 * custom properties: the stylesheets and the painters take their colours from one table.
 */
export function applyPaletteVariables(store: AppStore, root: HTMLElement): () => void {
  let applied: VizColors | null = null;
  const apply = () => {
    const colors = vizColors(store.getState());
    if (colors === applied) return;
    applied = colors;
    for (const [key, name] of Object.entries(VARIABLES)) {
      root.style.setProperty(name, String(colors[key as keyof VizColors]));
    }
  };
  apply();
  return store.subscribe(apply);
}
