import { describe, expect, it } from 'vitest';
import type { DigitSet } from '../dataset';
import { createRng } from '../random';
import {
  LONG_MEMORY_BATCH_SIZE,
  LONG_MEMORY_DELAY,
  LONG_MEMORY_EXAMPLES,
  LONG_MEMORY_GATE_BIAS,
  LONG_MEMORY_HIDDEN_SIZE,
  LONG_MEMORY_TRAINING_DIGITS,
  createLongMemoryModel,
  createLongMemoryTrainer,
  longMemoryOrder,
  longMemorySequences,
  longMemoryTrainingDigits,
} from './longMemory';
import { digitRows } from './sequences';

/** Random 28 × 28 "digits" whose label is the brightest of ten bands of rows 4…23. */
function bandDigits(count: number, seed: number): DigitSet {
  const rng = createRng(seed);
  const images = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = rng.int(10);
    for (let k = 0; k < 784; k++) images[i * 784 + k] = rng.int(40);
    const top = 4 + 2 * labels[i];
    images.fill(255, i * 784 + top * 28, i * 784 + (top + 2) * 28);
  }
  return { count, pixels: 784, images, labels };
}

const digits = bandDigits(64, 5);
const read = (set: ReturnType<typeof longMemorySequences>, i: number): Float64Array => {
  const out = new Float64Array(set.steps * set.inputSize);
  set.write(i, out, 0);
  return out;
};

describe('the long-memory task', () => {
  it('reads each digit’s 28 rows, then the delay’s blank rows', () => {
    const set = longMemorySequences(digits, 40);
    expect([set.count, set.steps, set.inputSize]).toEqual([64, 68, 28]);
    const plain = read(digitRows(digits), 3);
    const long = read(set, 3);
    expect(long.subarray(0, 784)).toEqual(plain);
    expect(long.subarray(784).every((v) => v === 0)).toBe(true);
    expect(set.labels).toBe(digits.labels);
  });

  it('fills with faint noise that is the same on every read', () => {
    const set = longMemorySequences(digits, 10, 'noise');
    const filler = read(set, 7).subarray(784);
    expect(Math.max(...filler)).toBeLessThan(0.5);
    expect(Math.min(...filler)).toBeGreaterThanOrEqual(0);
    expect(new Set(filler).size).toBeGreaterThan(200);
    expect(read(longMemorySequences(digits, 10, 'noise'), 7).subarray(784)).toEqual(filler);
  });

  it('takes delays from 10 to 200 rows, whole numbers only', () => {
    const { min, max } = LONG_MEMORY_DELAY;
    expect(longMemorySequences(digits, min).steps).toBe(28 + min);
    expect(longMemorySequences(digits, max).steps).toBe(28 + max);
    expect(LONG_MEMORY_DELAY.default).toBe(100);
    for (const delay of [min - 1, max + 1, 50.5, NaN]) {
      expect(() => longMemorySequences(digits, delay)).toThrow(RangeError);
    }
  });

  it('trains on a pool inside the 55,000 training digits, never the validation hold-out', () => {
    expect(LONG_MEMORY_TRAINING_DIGITS).toBeLessThanOrEqual(55_000);
    const pool = longMemoryTrainingDigits({ ...digits, count: 60_000 });
    expect(pool.count).toBe(LONG_MEMORY_TRAINING_DIGITS);
    expect(longMemoryTrainingDigits(digits).count).toBe(64);
  });

  it('steps through every pool digit once per pass, in a seeded order', () => {
    expect(LONG_MEMORY_EXAMPLES % LONG_MEMORY_BATCH_SIZE).toBe(0);
    const order = longMemoryOrder(1000);
    expect(order.length).toBe(LONG_MEMORY_EXAMPLES);
    const firstPass = Array.from(order.subarray(0, 1000)).sort((a, b) => a - b);
    expect(firstPass).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(order.subarray(0, 1000)).not.toEqual(order.subarray(1000, 2000));
    expect(longMemoryOrder(1000)).toEqual(order);
    expect(longMemoryOrder(1000, 2)).not.toEqual(order);
    expect(() => longMemoryOrder(0)).toThrow(RangeError);
  });

  it('starts the gates keeping what they hold', () => {
    const H = LONG_MEMORY_HIDDEN_SIZE;
    const bias = LONG_MEMORY_GATE_BIAS;
    const blocks = (b: Float64Array) =>
      Array.from({ length: b.length / H }, (_, g) => new Set(b.subarray(g * H, (g + 1) * H)));
    // LSTM [f, i, o, g]; GRU [z, r, n]; the RNN's one block.
    expect(blocks(createLongMemoryModel('lstm').forward[0].b)).toEqual(
      [bias, -bias, 0, 0].map((v) => new Set([v])),
    );
    expect(blocks(createLongMemoryModel('gru').forward[0].b)).toEqual(
      [bias, 0, 0].map((v) => new Set([v])),
    );
    expect(blocks(createLongMemoryModel('rnn').forward[0].b)).toEqual([new Set([0])]);
    // The page's forget-bias choice moves the LSTM's forget gate alone.
    expect(blocks(createLongMemoryModel('lstm', 1, 2).forward[0].b)).toEqual(
      [2, -bias, 0, 0].map((v) => new Set([v])),
    );
  });

  for (const cell of ['gru', 'lstm'] as const) {
    it(`trains the ${cell.toUpperCase()} by the recipe to carry a digit across a short delay`, () => {
      const trainer = createLongMemoryTrainer(createLongMemoryModel(cell));
      const set = longMemorySequences(digits, 10);
      const order = longMemoryOrder(digits.count);
      const before = trainer.evaluate(set);
      for (let s = 0; s < 100 * LONG_MEMORY_BATCH_SIZE; s += LONG_MEMORY_BATCH_SIZE) {
        trainer.step(set, order, s, LONG_MEMORY_BATCH_SIZE);
      }
      const after = trainer.evaluate(set);
      expect(after.costSum).toBeLessThan(0.5 * before.costSum);
      expect(after.correct).toBeGreaterThan(before.correct + 30);
    });
  }
});
