import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { largestSingularValue } from './singularValue';

describe('largestSingularValue', () => {
  it('reads the largest |entry| of a diagonal matrix', () => {
    const m = Float64Array.of(2, 0, 0, 0, -5, 0, 0, 0, 1);
    expect(largestSingularValue(m, 3, 3)).toBeCloseTo(5, 9);
  });

  it('gives the scale of a scaled rotation', () => {
    const a = 0.7;
    const m = Float64Array.of(3 * Math.cos(a), -3 * Math.sin(a), 3 * Math.sin(a), 3 * Math.cos(a));
    expect(largestSingularValue(m, 2, 2)).toBeCloseTo(3, 9);
  });

  it('gives σ of a rectangular rank-one matrix σ u vᵀ', () => {
    const u = [1 / 3, 2 / 3, 2 / 3];
    const v = [3 / 5, 4 / 5];
    const m = Float64Array.from({ length: 6 }, (_, k) => 7 * u[Math.floor(k / 2)] * v[k % 2]);
    expect(largestSingularValue(m, 3, 2)).toBeCloseTo(7, 9);
    expect(largestSingularValue(m.slice(), 3, 2)).toBe(largestSingularValue(m, 3, 2));
  });

  it('matches the closed form for 2 × 2 matrices', () => {
    const rng = createRng(3);
    for (let trial = 0; trial < 20; trial++) {
      const m = Float64Array.from({ length: 4 }, () => rng.normal());
      // σ₁² = (‖M‖²_F + √(‖M‖⁴_F − 4 det²)) / 2.
      const f = m.reduce((s, v) => s + v * v, 0);
      const det = m[0] * m[3] - m[1] * m[2];
      const expected = Math.sqrt((f + Math.sqrt(f * f - 4 * det * det)) / 2);
      expect(largestSingularValue(m, 2, 2) / expected).toBeCloseTo(1, 9);
    }
  });

  it('is 0 for a zero matrix and refuses a wrong shape', () => {
    expect(largestSingularValue(new Float64Array(6), 2, 3)).toBe(0);
    expect(() => largestSingularValue(new Float64Array(5), 2, 3)).toThrow(RangeError);
  });
});
