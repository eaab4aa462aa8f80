/** Paints a grey image (0 = black, 255 = white ink, as the network sees it) at its own size. */
export function paintDigit(
  canvas: HTMLCanvasElement,
  pixels: Uint8Array,
  width: number,
  height: number,
): void {
  canvas.width = Math.max(1, width);
  canvas.height = Math.max(1, height);
  const ctx = canvas.getContext('2d');
  if (!ctx || pixels.length < width * height || width === 0 || height === 0) return;
  const image = ctx.createImageData(width, height);
  for (let i = 0; i < width * height; i++) {
    const g = pixels[i];
    image.data[4 * i] = g;
    image.data[4 * i + 1] = g;
    image.data[4 * i + 2] = g;
    image.data[4 * i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
