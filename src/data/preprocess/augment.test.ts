import { describe, expect, it } from 'vitest';
import { readMnist } from '../../../scripts/mnist-idx';
import { createRng } from '../../engine/random';
import { AUGMENT_RANGES, augmentDigit } from './augment';

const mnist = readMnist('test');
const digitAt = (k: number): Uint8Array => mnist.images.subarray(k * 784, (k + 1) * 784);
const inkMass = (image: Uint8Array): number => image.reduce((sum, v) => sum + v, 0);
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.every((v, i) => v === b[i]);

/** A `random` that returns the given draws in order: shift x, shift y, rotation, scale, stroke. */
function draws(...values: number[]): () => number {
  let k = 0;
  return () => {
    if (k >= values.length) throw new Error('augmentDigit drew more numbers than expected');
    return values[k++];
  };
}

const seeded = (seed: number): (() => number) => {
  const rng = createRng(seed);
  return () => rng.next();
};

/** Orientation of the ink's principal axis in degrees (y down, so clockwise is positive). */
function orientation(image: Uint8Array): { angle: number; radius: number } {
  let m = 0;
  let mx = 0;
  let my = 0;
  image.forEach((v, i) => {
    m += v;
    mx += v * (i % 28);
    my += v * Math.floor(i / 28);
  });
  const [cx, cy] = [mx / m, my / m];
  let xx = 0;
  let yy = 0;
  let xy = 0;
  image.forEach((v, i) => {
    const [dx, dy] = [(i % 28) - cx, Math.floor(i / 28) - cy];
    xx += v * dx * dx;
    yy += v * dy * dy;
    xy += v * dx * dy;
  });
  return { angle: (Math.atan2(2 * xy, xx - yy) * 90) / Math.PI, radius: Math.sqrt((xx + yy) / m) };
}

describe('augmentDigit', () => {
  const digit = digitAt(0);

  it('returns the image unchanged for mid-range draws', () => {
    expect(augmentDigit(digit, draws(0.5, 0.5, 0.5, 0.5, 0.5))).toEqual(digit);
  });

  it('shifts by whole pixels exactly: x − 1 and y + 1 at draws ¼ and ¾', () => {
    const moved = new Uint8Array(784);
    for (let y = 0; y < 28; y++) {
      for (let x = 0; x < 28; x++) {
        moved[y * 28 + x] = y >= 1 && x + 1 < 28 ? digit[(y - 1) * 28 + x + 1] : 0;
      }
    }
    expect(augmentDigit(digit, draws(0.25, 0.75, 0.5, 0.5, 0.5))).toEqual(moved);
  });

  it('rotates clockwise by up to 12° and scales by 0.85…1.15', () => {
    const one = digitAt(2); // a long thin 1 has a well-defined axis
    const before = orientation(one);
    const turned = orientation(augmentDigit(one, draws(0.5, 0.5, 1 - 1e-9, 0.5, 0.5)));
    expect(turned.angle - before.angle).toBeCloseTo(AUGMENT_RANGES.rotation, 0);
    const shrunk = orientation(augmentDigit(one, draws(0.5, 0.5, 0.5, 0, 0.5)));
    expect(shrunk.radius / before.radius).toBeCloseTo(AUGMENT_RANGES.scaleMin, 1);
  });

  it('thickens and thins strokes', () => {
    let thicker = 0;
    let thinner = 0;
    let original = 0;
    for (let k = 0; k < 200; k++) {
      original += inkMass(digitAt(k));
      thicker += inkMass(augmentDigit(digitAt(k), draws(0.5, 0.5, 0.5, 0.5, 1 - 1e-9)));
      thinner += inkMass(augmentDigit(digitAt(k), draws(0.5, 0.5, 0.5, 0.5, 0)));
    }
    expect(thicker / original).toBeGreaterThan(1.3);
    expect(thinner / original).toBeLessThan(0.75);
    expect(thinner / original).toBeGreaterThan(0.5);
  });

  it('keeps the ink mass within a band', () => {
    // Scale alone changes ink by 0.72…1.32; the stroke change compounds with it.
    const random = seeded(3);
    const ratios: number[] = [];
    for (let k = 0; k < 1000; k++) {
      ratios.push(inkMass(augmentDigit(digitAt(k), random)) / inkMass(digitAt(k)));
    }
    ratios.sort((a, b) => a - b);
    expect(ratios[0]).toBeGreaterThan(0.4);
    expect(ratios[ratios.length - 1]).toBeLessThan(2.2);
    expect(ratios[500]).toBeGreaterThan(0.95);
    expect(ratios[500]).toBeLessThan(1.05);
  });

  it('is deterministic for a seeded generator and varies between draws', () => {
    const first = seeded(11);
    const second = seeded(11);
    const other = seeded(12);
    for (let k = 0; k < 20; k++) {
      const a = augmentDigit(digitAt(k), first);
      expect(sameBytes(augmentDigit(digitAt(k), second), a)).toBe(true);
      expect(sameBytes(augmentDigit(digitAt(k), other), a)).toBe(false);
    }
  });

  it('rejects an image that is not 28 × 28', () => {
    expect(() => augmentDigit(new Uint8Array(783), seeded(1))).toThrow(RangeError);
  });

  it('leaves its input untouched and takes under a millisecond per image', () => {
    const copy = digitAt(5).slice();
    const random = seeded(5);
    const start = performance.now();
    for (let k = 0; k < 2000; k++) augmentDigit(copy, random);
    expect((performance.now() - start) / 2000).toBeLessThan(1);
    expect(copy).toEqual(digitAt(5));
  });
});
