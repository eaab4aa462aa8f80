import { DIGIT_SIDE } from '../config';
import type { SignColors } from './colorScales';
import { magnitudeScale, paintSigned } from './colorScales';

/**
 * A first-hidden-layer neuron's 784 incoming weights as a 28×28 image, blue positive and red
 * (or orange) negative: the pattern of ink that excites it.
 */
export function paintWeightImage(
  canvas: HTMLCanvasElement,
  weights: Float64Array,
  neuron: number,
  colors: SignColors,
): void {
  const pixels = DIGIT_SIDE * DIGIT_SIDE;
  const row = weights.subarray(neuron * pixels, (neuron + 1) * pixels);
  if (row.length !== pixels) return;
  paintSignedImage(canvas, row, DIGIT_SIDE, DIGIT_SIDE, magnitudeScale(row), colors);
}

/** Signed values as a width×height blue/red image, |value| = scale at full brightness. */
export function paintSignedImage(
  canvas: HTMLCanvasElement,
  values: Float64Array,
  width: number,
  height: number,
  scale: number,
  colors: SignColors,
): void {
  // Setting a canvas's size, even to the size it has, reallocates and clears it.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx || values.length < width * height) return;
  const image = ctx.createImageData(width, height);
  paintSigned(values, scale, image.data, colors);
  ctx.putImageData(image, 0, 0);
}
