import { COLORS } from '../config';

type Rgb = readonly [number, number, number];

function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const POSITIVE_RGB = hexToRgb(COLORS.positive);
export const NEGATIVE_RGB = hexToRgb(COLORS.negative);

/** Grey level 0-255 of an activation: black at 0, white at 1 (values outside are clamped). */
export function activationGrey(a: number): number {
  return Math.round(255 * Math.min(1, Math.max(0, Number.isFinite(a) ? a : 0)));
}

export function activationFill(a: number): string {
  const g = activationGrey(a);
  return `rgb(${g},${g},${g})`;
}

const RAISE_RGB = hexToRgb(COLORS.raise);
const LOWER_RGB = hexToRgb(COLORS.lower);
const NEUTRAL_RGB = hexToRgb(COLORS.unknown);

/**
 * Fill for a gradient ∂C/∂(·), distinct from the grey activation scale: violet where the
 * cost wants the value raised (gradient < 0), orange where lowered, dark near zero.
 */
export function gradientFill(gradient: number, scale: number): string {
  const t = Math.min(1, Math.abs(gradient) / (scale || 1));
  const to = gradient < 0 ? RAISE_RGB : LOWER_RGB;
  const mix = NEUTRAL_RGB.map((c, i) => Math.round(c + (to[i] - c) * Math.sqrt(t)));
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

/** Writes a blue (positive) / red (negative) image of signed values into RGBA pixels. */
export function paintSigned(values: Float64Array, scale: number, rgba: Uint8ClampedArray): void {
  for (let i = 0; i < values.length; i++) {
    const t = Math.min(1, Math.abs(values[i]) / scale);
    const [r, g, b] = values[i] >= 0 ? POSITIVE_RGB : NEGATIVE_RGB;
    rgba[4 * i] = r * t;
    rgba[4 * i + 1] = g * t;
    rgba[4 * i + 2] = b * t;
    rgba[4 * i + 3] = 255;
  }
}
