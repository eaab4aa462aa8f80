import type { DigitSet } from '../src/engine/dataset';

/** A digit set as one blob for the browser: the labels, then the images. */
export function digitsToBlob(set: DigitSet): Uint8Array {
  const bytes = new Uint8Array(set.count * (1 + set.pixels));
  bytes.set(set.labels, 0);
  bytes.set(set.images, set.count);
  return bytes;
}

export function digitsFromBlob(bytes: Uint8Array, pixels: number): DigitSet {
  const count = bytes.length / (1 + pixels);
  if (!Number.isInteger(count))
    throw new Error(`${bytes.length} bytes is no set of ${pixels}-pixel digits`);
  return { count, pixels, labels: bytes.subarray(0, count), images: bytes.subarray(count) };
}
