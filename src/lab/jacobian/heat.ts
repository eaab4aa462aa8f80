import { interpolateRgb } from 'd3';
import { COLORS } from '../../config';

/** Zero is the dark "nothing here" colour, so a diagonal matrix reads as a dark grid. */
const towardPositive = interpolateRgb(COLORS.unknown, COLORS.positive);
const towardNegative = interpolateRgb(COLORS.unknown, COLORS.negative);
/** Above this strength the cell is bright enough that dark digits read better than light ones. */
const DARK_INK_FROM = 0.55;

export interface CellPaint {
  fill: string;
  ink: string;
}

/**
 * Heat-map paint for a signed value: blue when positive, red when negative, dark at zero,
 * full colour at |value| = scale. The scale is fixed per matrix (not the current maximum) so
 * the same colour always means the same number while the inputs move.
 */
export function heatPaint(value: number, scale: number): CellPaint {
  const t = Number.isFinite(value) ? Math.min(1, Math.abs(value) / scale) : 0;
  return {
    fill: (value < 0 ? towardNegative : towardPositive)(t),
    ink: t >= DARK_INK_FROM ? COLORS.background : COLORS.text,
  };
}
