import { interpolateRgb } from 'd3';
import { useVizColors } from '../ui/useVizColors';
import type { VizColors } from '../../viz/palette';

/** The descent page's marks in the current theme's shades. */
export interface DescentColors {
  /** The balls of the 1-D curve, the first in the text colour. */
  balls: readonly string[];
  /** The two methods on the 2-D map, and the downhill arrow (a desired nudge, as elsewhere). */
  gd: string;
  sgd: string;
  downhill: string;
  /** The lowest cost on a map, and where the weights are now. */
  minimum: string;
  now: string;
  surfaceLow: string;
  surfaceHigh: string;
  /** Contour shading at t in [0, 1], lowest cost to highest. */
  surface(t: number): string;
}

const made = new WeakMap<VizColors, DescentColors>();

/** One table per palette object, so components can compare by identity. */
export function descentColors(c: VizColors): DescentColors {
  let colors = made.get(c);
  if (!colors) {
    colors = {
      balls: [c.text, c.raise, c.lower, c.z],
      gd: c.text,
      sgd: c.lower,
      downhill: c.raise,
      minimum: c.y,
      now: c.text,
      surfaceLow: c.surfaceLow,
      surfaceHigh: c.surfaceHigh,
      surface: interpolateRgb(c.surfaceLow, c.surfaceHigh),
    };
    made.set(c, colors);
  }
  return colors;
}

/** The descent colours of the current theme, palette and projector setting. */
export const useDescentColors = () => descentColors(useVizColors());
