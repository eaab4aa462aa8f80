import { augmentDigit } from '../src/data/preprocess/augment';
import type { DigitSet } from '../src/engine/dataset';

/** Digits drawn on a simulated pad (synthetic-pad-digits.ts), by class, and their share. */
export interface PadDigitMix {
  share: number;
  byClass: readonly (readonly Uint8Array[])[];
}

/**
 * Overwrites `target` (the size of `source.images`) with a fresh mix: each of `source`'s images
 * is kept untouched with chance `originalShare`, replaced by a random pad-drawn digit of its
 * class with chance `pad.share`, and otherwise distorted afresh.
 */
export function augmentDigits(
  source: DigitSet,
  target: Uint8Array,
  originalShare: number,
  random: () => number,
  pad: PadDigitMix = { share: 0, byClass: [] },
): void {
  for (let i = 0; i < source.count; i++) {
    const start = i * source.pixels;
    const original = source.images.subarray(start, start + source.pixels);
    const pick = random();
    if (pick < originalShare) {
      target.set(original, start);
    } else if (pick < originalShare + pad.share) {
      const drawn = pad.byClass[source.labels[i]];
      target.set(drawn[Math.floor(random() * drawn.length)], start);
    } else {
      target.set(augmentDigit(original, random), start);
    }
  }
}

/** A copy of `source` with every image distorted once, to measure robustness to drawing. */
export function distortedCopy(source: DigitSet, random: () => number): DigitSet {
  const images = new Uint8Array(source.images.length);
  augmentDigits(source, images, 0, random);
  return { ...source, images };
}
