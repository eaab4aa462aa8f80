import { describe, expect, it } from 'vitest';
import { leastSquares, makePoints, regressionCost, regressionGradient } from './regression';

const points = makePoints(200, 7);

describe('the least-squares regression surface', () => {
  it('is the same for the same seed and different for another', () => {
    expect(makePoints(200, 7)).toEqual(points);
    expect(makePoints(200, 8).xs).not.toEqual(points.xs);
  });

  it('has a gradient that matches central finite differences, for all points or a batch', () => {
    const h = 1e-6;
    for (const indices of [undefined, Uint32Array.of(3, 17, 150)]) {
      for (const p of [
        { w: -2, b: 3 },
        { w: 0.4, b: -1.1 },
      ]) {
        const g = regressionGradient(points, p, indices);
        const c = (w: number, b: number) => regressionCost(points, { w, b }, indices);
        expect(g.w).toBeCloseTo((c(p.w + h, p.b) - c(p.w - h, p.b)) / (2 * h), 5);
        expect(g.b).toBeCloseTo((c(p.w, p.b + h) - c(p.w, p.b - h)) / (2 * h), 5);
      }
    }
  });

  it('has its bottom where the normal equations put it, near the line the points follow', () => {
    const best = leastSquares(points);
    const g = regressionGradient(points, best);
    expect(Math.hypot(g.w, g.b)).toBeLessThan(1e-10);
    expect(best.w).toBeCloseTo(1.5, 0);
    expect(best.b).toBeCloseTo(-0.5, 0);
    expect(regressionCost(points, { w: best.w + 0.1, b: best.b })).toBeGreaterThan(
      regressionCost(points, best),
    );
  });
});
