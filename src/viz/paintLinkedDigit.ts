import { DIGIT_SIDE } from '../config';
import { paintDigit } from './paintDigit';

/**
 * A digit opened from a link, on the drawing pad: its 28×28 pixels scaled up to the pad's
 * square (the strokes that made it are not in the link).
 */
export function paintLinkedDigit(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  pixels: Uint8Array,
): void {
  const small = document.createElement('canvas');
  paintDigit(small, pixels, DIGIT_SIDE, DIGIT_SIDE);
  const side = Math.min(width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, (width - side) / 2, (height - side) / 2, side, side);
}
