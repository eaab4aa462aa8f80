import type { DigitSet } from '../engine/dataset';

/**
 * The page's digit asset: "DSD1", u32 count, u16 rows, u16 cols (little-endian), the labels,
 * then the images, all gzip-compressed. One format for the test set and the training set.
 */
const MAGIC = 'DSD1';
const HEADER_BYTES = 12;

export const MNIST_TEST_URL = 'data/mnist-test.bin.gz';
/**
 * The test set's first digits on their own, a few kB: the first screen (and most lesson scenes)
 * show one of them, so the first answer need not wait for the whole set.
 */
export const MNIST_FIRST_URL = 'data/mnist-test-first.bin.gz';
export const MNIST_FIRST_COUNT = 128;
export const MNIST_TEST_COUNT = 10_000;
export const MNIST_TRAIN_URL = 'data/mnist-train.bin.gz';
/** MNIST's official training file: the first 55,000 train, the last 5,000 are held out. */
export const MNIST_TRAIN_COUNT = 55_000;
export const MNIST_VALIDATION_COUNT = 5_000;

export function encodeDigits(set: DigitSet, rows: number, cols: number): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + set.count + set.images.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, set.count, true);
  view.setUint16(8, rows, true);
  view.setUint16(10, cols, true);
  out.set(set.labels, HEADER_BYTES);
  out.set(set.images, HEADER_BYTES + set.count);
  return out;
}

/** Decodes an uncompressed asset; throws with a readable message when it is not one. */
export function decodeDigits(bytes: Uint8Array): DigitSet {
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('not a DeltaScope digit file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const pixels = view.getUint16(8, true) * view.getUint16(10, true);
  if (bytes.length !== HEADER_BYTES + count * (1 + pixels)) {
    throw new Error('digit file is truncated or has extra bytes');
  }
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  if (labels.some((label) => label > 9)) throw new Error('digit file has a label outside 0-9');
  return { count, pixels, labels, images: bytes.subarray(HEADER_BYTES + count) };
}
