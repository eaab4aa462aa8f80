import { COLORS } from '../config';
import type { Palette, Theme } from '../vocabulary';
import { PALETTES, THEMES } from '../vocabulary';

/**
 * The colours of one display setting, for CSS (as custom properties) and the canvas and SVG
 * painters alike. 3Blue1Brown's meanings hold in every one: w blue, b pink, z green, y gold,
 * C red; only the shades change so they stay readable on the theme's background.
 */
export interface VizColors {
  background: string;
  panel: string;
  panelEdge: string;
  text: string;
  muted: string;
  weight: string;
  bias: string;
  z: string;
  y: string;
  cost: string;
  /** Weight sign: positive and negative (blue/red, or blue/orange for colour-blind eyes). */
  positive: string;
  negative: string;
  raise: string;
  lower: string;
  /** A neuron whose value the current step has not computed yet. */
  unknown: string;
  /** Buttons and inputs: fill, fill under the pointer, border. */
  control: string;
  controlHover: string;
  controlEdge: string;
  /** Empty bar tracks and axis lines. */
  track: string;
  axis: string;
  /** Text on a filled accent (a pressed button). */
  onAccent: string;
  /** What signed images (weights, gradients) fade to at zero. */
  imageBase: string;
  errorFill: string;
  infoFill: string;
  /** A cost surface's shading, lowest cost to highest: the valley floor is where the eye rests. */
  surfaceLow: string;
  surfaceHigh: string;
  /** Negative weights are also drawn dashed, so sign never rests on hue alone. */
  dashNegative: boolean;
  /** Multiplies the painters' line widths (projector mode draws thicker). */
  lineScale: number;
  /** Opacity of the strongest edges: full in projector mode, so they keep their contrast. */
  edgeAlpha: number;
  /** The contrast text must reach on a coloured fill (WCAG AA, or AAA on a projector). */
  textContrast: number;
}

export interface DisplaySettings {
  theme: Theme;
  palette: Palette;
  projector: boolean;
}

const DARK: VizColors = {
  background: COLORS.background,
  panel: COLORS.panel,
  panelEdge: '#262c3a',
  text: COLORS.text,
  muted: COLORS.muted,
  weight: COLORS.weight,
  bias: COLORS.bias,
  z: COLORS.z,
  y: COLORS.y,
  cost: COLORS.cost,
  positive: COLORS.positive,
  negative: COLORS.negative,
  raise: COLORS.raise,
  lower: COLORS.lower,
  unknown: COLORS.unknown,
  control: '#202636',
  controlHover: '#2a3246',
  controlEdge: '#39415a',
  track: '#0d1017',
  axis: '#4a5266',
  onAccent: '#06202a',
  imageBase: '#000000',
  errorFill: '#3a1614',
  infoFill: '#14283a',
  surfaceLow: '#0d1d33',
  surfaceHigh: '#6b7fa6',
  dashNegative: false,
  lineScale: 1,
  edgeAlpha: 0.85,
  textContrast: 4.5,
};

/** Dark shades of the same hues: every key colour ≥ 7:1 on white. */
const LIGHT: VizColors = {
  background: '#f4f5f8',
  panel: '#ffffff',
  panelEdge: '#c9ced9',
  text: '#111318',
  muted: '#3d4350',
  weight: '#0a5070',
  bias: '#8c1457',
  z: '#245812',
  y: '#5e4400',
  cost: '#9a150b',
  positive: '#0a5070',
  negative: '#9a150b',
  raise: '#5a2db0',
  lower: '#7a3a00',
  unknown: '#dfe2e8',
  control: '#ffffff',
  controlHover: '#e8ebf1',
  controlEdge: '#5d6475',
  track: '#e8ebf1',
  axis: '#5d6475',
  onAccent: '#ffffff',
  imageBase: '#ffffff',
  errorFill: '#fde8e6',
  infoFill: '#e3f0f7',
  surfaceLow: '#a3b4d4',
  surfaceHigh: '#f3f5fa',
  dashNegative: false,
  lineScale: 1,
  edgeAlpha: 0.85,
  textContrast: 4.5,
};

/** Projector, dark: a black stage, red lifted to 7:1, muted text brighter. */
const DARK_PROJECTOR: VizColors = {
  ...DARK,
  background: '#000000',
  panel: '#0b0d12',
  panelEdge: '#5d6475',
  muted: '#c4c8d2',
  cost: '#ff8a7f',
  negative: '#ff8a7f',
  raise: '#c3a6ff',
  lower: '#ffae5c',
  control: '#151922',
  controlHover: '#232a3a',
  controlEdge: '#8a91a3',
  axis: '#8a91a3',
  lineScale: 2,
  edgeAlpha: 1,
  textContrast: 7,
};

/** Projector, light: white everywhere, so every dark shade keeps its full contrast. */
const LIGHT_PROJECTOR: VizColors = {
  ...LIGHT,
  background: '#ffffff',
  muted: '#30353f',
  control: '#ffffff',
  controlEdge: '#30353f',
  axis: '#30353f',
  lineScale: 2,
  edgeAlpha: 1,
  textContrast: 7,
};

/** Okabe and Ito's blue and orange for weight sign, safe for red-green colour blindness. */
const COLOURBLIND_SIGN: Record<Theme, Record<'normal' | 'projector', [string, string]>> = {
  dark: { normal: ['#56b4e9', '#e69f00'], projector: ['#6cc0f0', '#ffb000'] },
  light: { normal: ['#004f8a', '#7a3a00'], projector: ['#004f8a', '#7a3a00'] },
};

/**
 * Okabe and Ito's reddish purple and bluish green for the neurons' nudges (raise, lower): the
 * standard violet would read as the positive blue, and its orange is the negative weights' here.
 */
const COLOURBLIND_NUDGE: Record<Theme, Record<'normal' | 'projector', [string, string]>> = {
  dark: { normal: ['#cc79a7', '#009e73'], projector: ['#e79ccb', '#2fcf9f'] },
  light: { normal: ['#86276a', '#00604a'], projector: ['#86276a', '#00604a'] },
};

function build({ theme, palette, projector }: DisplaySettings): VizColors {
  const base =
    theme === 'dark' ? (projector ? DARK_PROJECTOR : DARK) : projector ? LIGHT_PROJECTOR : LIGHT;
  if (palette === 'standard') return base;
  const setting = projector ? 'projector' : 'normal';
  const [positive, negative] = COLOURBLIND_SIGN[theme][setting];
  const [raise, lower] = COLOURBLIND_NUDGE[theme][setting];
  return { ...base, positive, negative, raise, lower, dashNegative: true };
}

/** Every combination, built once: the same settings always give the same object. */
const TABLE = Object.fromEntries(
  THEMES.map((theme) => [
    theme,
    Object.fromEntries(
      PALETTES.map((palette) => [
        palette,
        [false, true].map((projector) => build({ theme, palette, projector })),
      ]),
    ),
  ]),
) as Record<Theme, Record<Palette, [VizColors, VizColors]>>;

/** Looked up on every store change by the painters' selectors: no key is built. */
export function vizColors({ theme, palette, projector }: DisplaySettings): VizColors {
  return TABLE[theme]?.[palette]?.[projector ? 1 : 0] ?? DARK;
}

/** Every display setting with its colours, for checks over all of them. */
export function allDisplaySettings(): [DisplaySettings, VizColors][] {
  return THEMES.flatMap((theme) =>
    PALETTES.flatMap((palette) =>
      [false, true].map((projector): [DisplaySettings, VizColors] => [
        { theme, palette, projector },
        vizColors({ theme, palette, projector }),
      ]),
    ),
  );
}
