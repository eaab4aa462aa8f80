import { DIGIT_SIDE } from '../config';
import { magnitudeScale, paintSigned } from './colorScales';

/**
 * A first-hidden-layer neuron's 784 incoming weights as a 28×28 image, blue positive and red
 * negative: the pattern of ink that excites it.
 */
export function paintWeightImage(
  canvas: HTMLCanvasElement,
  weights: Float64Array,
  neuron: number,
): void {
  const pixels = DIGIT_SIDE * DIGIT_SIDE;
  const row = weights.subarray(neuron * pixels, (neuron + 1) * pixels);
  if (row.length !== pixels) return;
  canvas.width = DIGIT_SIDE;
  canvas.height = DIGIT_SIDE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(DIGIT_SIDE, DIGIT_SIDE);
  paintSigned(row, magnitudeScale(row), image.data);
  ctx.putImageData(image, 0, 0);
}
