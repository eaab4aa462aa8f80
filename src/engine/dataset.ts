/** Labelled 8-bit greyscale digits, row-major, one image after another. */
export interface DigitSet {
  count: number;
  /** Pixels per image (784 for 28×28). */
  pixels: number;
  images: Uint8Array;
  labels: Uint8Array;
}

/** A contiguous range of a set, sharing its memory (e.g. the validation hold-out). */
export function sliceDigits(set: DigitSet, start: number, end: number): DigitSet {
  return {
    count: end - start,
    pixels: set.pixels,
    images: set.images.subarray(start * set.pixels, end * set.pixels),
    labels: set.labels.subarray(start, end),
  };
}

/** Grey level g as an input activation g / 255, looked up so every path gets the same bits. */
export const PIXEL_ACTIVATION = Float64Array.from({ length: 256 }, (_, g) => g / 255);

/** Image i of the set copied into x at xOff as activations in [0, 1]. */
export function writeDigitInput(set: DigitSet, i: number, x: Float64Array, xOff: number): void {
  const base = i * set.pixels;
  for (let k = 0; k < set.pixels; k++) x[xOff + k] = PIXEL_ACTIVATION[set.images[base + k]];
}

/** Any grey image (a preprocessed drawing) as input activations in [0, 1]. */
export function greyInput(image: Uint8Array): Float64Array {
  // A plain loop: Float64Array.from with a map function goes through the iterator protocol,
  // and this runs several times per pen move.
  const x = new Float64Array(image.length);
  for (let k = 0; k < image.length; k++) x[k] = PIXEL_ACTIVATION[image[k]];
  return x;
}

/** Image i scaled to activations in [0, 1]. */
export function digitInput(set: DigitSet, i: number): Float64Array {
  const x = new Float64Array(set.pixels);
  writeDigitInput(set, i, x, 0);
  return x;
}
