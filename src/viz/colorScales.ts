import { hexToRgb } from './contrast';
import type { VizColors } from './palette';

/** Grey level 0-255 of an activation: black at 0, white at 1 (values outside are clamped). */
export function activationGrey(a: number): number {
  return Math.round(255 * Math.min(1, Math.max(0, Number.isFinite(a) ? a : 0)));
}

export function activationFill(a: number): string {
  const g = activationGrey(a);
  return `rgb(${g},${g},${g})`;
}

/**
 * Fill for a gradient ∂C/∂(·), distinct from the grey activation scale: violet where the
 * cost wants the value raised (gradient < 0), orange where lowered, neutral near zero.
 */
export function gradientFill(
  gradient: number,
  scale: number,
  colors: Pick<VizColors, 'raise' | 'lower' | 'unknown'>,
): string {
  const t = Math.min(1, Math.abs(gradient) / (scale || 1));
  const to = hexToRgb(gradient < 0 ? colors.raise : colors.lower);
  const mix = hexToRgb(colors.unknown).map((c, i) => Math.round(c + (to[i] - c) * Math.sqrt(t)));
  return `rgb(${mix.join(',')})`;
}

/** The largest |value|: a layer's gradients are coloured relative to their strongest. */
export function maxAbs(values: Float64Array): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}

/** A scale for |values| that ignores a few outliers: 2.5 × the root mean square. */
export function magnitudeScale(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  const rms = Math.sqrt(sum / Math.max(1, values.length));
  return rms > 0 ? 2.5 * rms : 1;
}

export type SignColors = Pick<VizColors, 'positive' | 'negative' | 'imageBase'>;

/**
 * Writes an image of signed values into RGBA pixels: the positive colour (blue) or the negative
 * one (red, or orange for colour-blind eyes), fading to the image base (black, white) at zero.
 */
export function paintSigned(
  values: Float64Array,
  scale: number,
  rgba: Uint8ClampedArray,
  colors: SignColors,
): void {
  const [pos, neg, base] = [colors.positive, colors.negative, colors.imageBase].map(hexToRgb);
  for (let i = 0; i < values.length; i++) {
    const t = Math.min(1, Math.abs(values[i]) / scale);
    const to = values[i] >= 0 ? pos : neg;
    for (let c = 0; c < 3; c++) rgba[4 * i + c] = base[c] + (to[c] - base[c]) * t;
    rgba[4 * i + 3] = 255;
  }
}
