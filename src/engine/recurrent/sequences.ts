import type { DigitSet } from '../dataset';
import { PIXEL_ACTIVATION } from '../dataset';

/** Rows of a digit: sequential MNIST reads a 28 × 28 digit as 28 steps of 28 pixels. */
export const DIGIT_ROWS = 28;

/**
 * Labelled sequences, each `steps` vectors of `inputSize` values. write(i, …) lays example i out
 * time-major (step 0's values first) so a trainer can copy it straight into its batch.
 */
export interface SequenceSet {
  count: number;
  steps: number;
  inputSize: number;
  labels: Uint8Array;
  write(i: number, out: Float64Array, offset: number): void;
}

/** Each digit read row by row, pixels as activations in [0, 1] (the same table as the MLP's). */
export function digitRows(set: DigitSet): SequenceSet {
  const side = Math.round(Math.sqrt(set.pixels));
  return {
    count: set.count,
    steps: side,
    inputSize: side,
    labels: set.labels,
    write(i, out, offset) {
      const base = i * set.pixels;
      for (let k = 0; k < set.pixels; k++) out[offset + k] = PIXEL_ACTIVATION[set.images[base + k]];
    },
  };
}

/** What follows the digit in the long-memory task: blank rows, or rows of uniform noise. */
export type Filler = 'blank' | 'noise';

/**
 * The long-memory task: each digit's rows, then `extraSteps` rows that say nothing about it, so
 * the answer depends only on the first 28 steps. Noise is a hash of (example, value), the same
 * on every read and in every environment; its level stays below a pen stroke's.
 */
export function digitRowsThenFiller(
  set: DigitSet,
  extraSteps: number,
  filler: Filler,
  seed = 1,
): SequenceSet {
  const rows = digitRows(set);
  const digitValues = rows.steps * rows.inputSize;
  const fillerValues = extraSteps * rows.inputSize;
  return {
    ...rows,
    steps: rows.steps + extraSteps,
    write(i, out, offset) {
      rows.write(i, out, offset);
      const start = offset + digitValues;
      if (filler === 'blank') {
        out.fill(0, start, start + fillerValues);
        return;
      }
      for (let k = 0; k < fillerValues; k++) out[start + k] = NOISE_LEVEL * noiseAt(seed, i, k);
    },
  };
}

/** The noise's largest value: faint grey beside the strokes' 1. */
const NOISE_LEVEL = 0.5;

/** A uniform value in [0, 1) from (seed, example, position): splitmix32's finaliser. */
function noiseAt(seed: number, i: number, k: number): number {
  let t =
    (Math.imul(seed, 0x9e3779b9) ^ Math.imul(i + 1, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35)) >>>
    0;
  t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
  t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
  return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
}
