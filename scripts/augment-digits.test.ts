import { describe, expect, it } from 'vitest';
import type { DigitSet } from '../src/engine/dataset';
import { createRng } from '../src/engine/random';
import { augmentDigits } from './augment-digits';

const PIXELS = 784;
/** Four digits, labels 0, 1, 0, 1, image i filled with grey level 10 + i. */
const source: DigitSet = {
  count: 4,
  pixels: PIXELS,
  images: Uint8Array.from({ length: 4 * PIXELS }, (_, k) => 10 + Math.floor(k / PIXELS)),
  labels: Uint8Array.from([0, 1, 0, 1]),
};
/** Pad digits of class c are filled with 200 + 10c + k. */
const byClass = [0, 1].map((c) =>
  [0, 1, 2].map((k) => new Uint8Array(PIXELS).fill(200 + 10 * c + k)),
);
const imageOf = (target: Uint8Array, i: number) => target.subarray(i * PIXELS, (i + 1) * PIXELS);

describe('augmentDigits', () => {
  it('keeps every original when the original share is 1', () => {
    const target = new Uint8Array(source.images.length);
    augmentDigits(source, target, 1, createRng(1).next, { share: 0, byClass });
    expect(target).toEqual(source.images);
  });

  it('swaps every image for a pad digit of its own class when their share is 1', () => {
    const target = new Uint8Array(source.images.length);
    augmentDigits(source, target, 0, createRng(2).next, { share: 1, byClass });
    for (let i = 0; i < source.count; i++) {
      const grey = imageOf(target, i)[0];
      expect(byClass[source.labels[i]].some((image) => image[0] === grey)).toBe(true);
      expect(imageOf(target, i).every((g) => g === grey)).toBe(true);
    }
  });

  it('with no pad digits, distorts what it does not keep, the same way for the same seed', () => {
    const run = (seed: number) => {
      const target = new Uint8Array(source.images.length);
      augmentDigits(source, target, 0, createRng(seed).next);
      return target;
    };
    expect(run(3)).toEqual(run(3));
    // A flat image shifted or turned loses grey at the frame's edge.
    expect(run(3)).not.toEqual(source.images);
  });
});
