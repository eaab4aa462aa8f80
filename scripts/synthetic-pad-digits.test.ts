import { describe, expect, it } from 'vitest';
import { centreOfMass } from '../src/data/preprocess/centreOfMass';
import { MNIST_CENTRE, MNIST_SIZE } from '../src/data/preprocess/mnistify';
import { syntheticPadDigits } from './synthetic-pad-digits';

const PIXELS = MNIST_SIZE * MNIST_SIZE;
const digits = syntheticPadDigits(20, 7);

describe('syntheticPadDigits', () => {
  it('gives the asked number of 28×28 digits of every class', () => {
    expect(digits).toHaveLength(10);
    for (const byClass of digits) {
      expect(byClass).toHaveLength(20);
      for (const image of byClass) expect(image).toHaveLength(PIXELS);
    }
  });

  it('is the same bytes for the same seed and other digits for another', () => {
    expect(syntheticPadDigits(20, 7)).toEqual(digits);
    expect(syntheticPadDigits(20, 8)[3][0]).not.toEqual(digits[3][0]);
  });

  it('makes digits as the pad does: inked, within 20 px, centred by mass at (14, 14)', () => {
    for (const image of digits.flat()) {
      const { x, y, mass } = centreOfMass({ width: MNIST_SIZE, height: MNIST_SIZE, pixels: image });
      expect(mass).toBeGreaterThan(0);
      expect(Math.abs(x - MNIST_CENTRE)).toBeLessThan(0.6);
      expect(Math.abs(y - MNIST_CENTRE)).toBeLessThan(0.6);
      const inked = [...image.keys()].filter((i) => image[i] > 0);
      const rows = inked.map((i) => Math.floor(i / MNIST_SIZE));
      const cols = inked.map((i) => i % MNIST_SIZE);
      const span = Math.max(
        Math.max(...rows) - Math.min(...rows),
        Math.max(...cols) - Math.min(...cols),
      );
      expect(span).toBeLessThanOrEqual(21);
    }
  });
});
