import { describe, expect, it } from 'vitest';
import { contourLevels, gridCoordinate, sampleGrid } from './grid';

describe('contour grids', () => {
  it('lay out columns along x and rows along y, ends included', () => {
    const values = sampleGrid((x, y) => 10 * x + y, [0, 2], [-1, 1], 3);
    expect([...values]).toEqual([-1, 9, 19, 0, 10, 20, 1, 11, 21]);
    expect(gridCoordinate([0, 2], 3, 2)).toBe(2);
  });

  it('put increasing thresholds at quantiles, dense where values are dense', () => {
    const values = sampleGrid((x, y) => Math.exp(x * x + y * y), [-2, 2], [-2, 2], 41);
    const levels = contourLevels(values, 10);
    expect(levels).toHaveLength(10);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
    const below = (t: number) => values.filter((v) => v < t).length / values.length;
    expect(below(levels[0])).toBeCloseTo(0.05, 1);
    expect(below(levels[9])).toBeCloseTo(0.95, 1);
  });

  it('never repeats a threshold on a flat grid', () => {
    expect(contourLevels(new Float64Array(25).fill(3), 8)).toEqual([3]);
  });
});
