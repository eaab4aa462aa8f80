import { augmentDigit } from '../src/data/preprocess/augment';
import type { DigitSet } from '../src/engine/dataset';

/**
 * Overwrites `target` (the size of `source.images`) with a fresh random distortion of each of
 * `source`'s images, except that each is kept untouched with chance `originalShare`.
 */
export function augmentDigits(
  source: DigitSet,
  target: Uint8Array,
  originalShare: number,
  random: () => number,
): void {
  for (let i = 0; i < source.count; i++) {
    const start = i * source.pixels;
    const original = source.images.subarray(start, start + source.pixels);
    const keep = random() < originalShare;
    target.set(keep ? original : augmentDigit(original, random), start);
  }
}

/** A copy of `source` with every image distorted once, to measure robustness to drawing. */
export function distortedCopy(source: DigitSet, random: () => number): DigitSet {
  const images = new Uint8Array(source.images.length);
  augmentDigits(source, images, 0, random);
  return { ...source, images };
}
