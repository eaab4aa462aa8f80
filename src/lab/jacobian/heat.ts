import type { CellPaint } from '../../viz/contrast';
import { readablePaint } from '../../viz/contrast';
import type { VizColors } from '../../viz/palette';

type HeatColors = Pick<
  VizColors,
  'unknown' | 'positive' | 'negative' | 'text' | 'background' | 'textContrast'
>;

/**
 * Heat-map paint for a signed value: the weight-sign colours (blue when positive, red or, for
 * colour-blind eyes, orange when negative), the neutral "nothing here" shade at zero, full colour
 * at |value| = scale. The scale is fixed per matrix (not the current maximum) so the same colour
 * always means the same number while the inputs move. The digits take whichever of the theme's
 * text and background reads better, and mid-tones on which neither would are skipped.
 */
export function heatPaint(value: number, scale: number, colors: HeatColors): CellPaint {
  const t = Number.isFinite(value) ? Math.min(1, Math.abs(value) / scale) : 0;
  return readablePaint(colors.unknown, value < 0 ? colors.negative : colors.positive, t, colors);
}
