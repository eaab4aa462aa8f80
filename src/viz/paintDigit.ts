import { DIGIT_SIDE } from '../config';

/** Paints a 28×28 grey image (0 = black, 255 = white ink, as the network sees it). */
export function paintDigit(canvas: HTMLCanvasElement, pixels: Uint8Array): void {
  canvas.width = DIGIT_SIDE;
  canvas.height = DIGIT_SIDE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(DIGIT_SIDE, DIGIT_SIDE);
  for (let i = 0; i < pixels.length; i++) {
    const g = pixels[i];
    image.data[4 * i] = g;
    image.data[4 * i + 1] = g;
    image.data[4 * i + 2] = g;
    image.data[4 * i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
