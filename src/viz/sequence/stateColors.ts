import { hexToRgb } from '../contrast';
import type { VizColors } from '../palette';

/** Mixes `from` towards `to` by t ∈ [0, 1]. */
function mix(from: readonly number[], to: readonly number[], t: number): string {
  return `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * t)).join(',')})`;
}

/**
 * The fills of a sequence figure for one display setting, its colours parsed once (a figure
 * paints thousands of cells per reading):
 * - state(value, scale): a hidden or cell state's sign in the positive/negative hues, its size
 *   relative to `scale` as strength. States are signed like weights but are not weights: the
 *   figures that use this colour draw no weight signs.
 * - gate(value): a gate in [0, 1], from the image base (closed) to the z colour (open).
 */
export function sequenceFills(colors: VizColors) {
  const base = hexToRgb(colors.imageBase);
  const positive = hexToRgb(colors.positive);
  const negative = hexToRgb(colors.negative);
  const open = hexToRgb(colors.z);
  return {
    state(value: number, scale: number): string {
      const t = Math.min(1, Math.abs(value) / (scale || 1));
      return mix(base, value >= 0 ? positive : negative, Math.sqrt(t));
    },
    gate(value: number): string {
      return mix(base, open, Math.min(1, Math.max(0, value)));
    },
  };
}
