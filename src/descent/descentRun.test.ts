import { describe, expect, it } from 'vitest';
import type { DescentRun } from './descentRun';
import { advanceRun, batchesPerEpoch, miniBatch, startRun } from './descentRun';
import type { Params } from './regression';
import { makePoints, regressionCost } from './regression';

const points = makePoints(200, 7);
const START: Params = { w: -2, b: 3 };

function run(rate: number, batchSize: number, steps: number, seed = 1): DescentRun {
  let r = startRun(START);
  for (let i = 0; i < steps; i++) r = advanceRun(r, points, rate, batchSize, seed);
  return r;
}

describe('mini-batches', () => {
  it('cover every point exactly once per epoch, in a new seeded order each epoch', () => {
    const perEpoch = batchesPerEpoch(200, 30);
    expect(perEpoch).toBe(7);
    const epochs = [0, 1].map((e) =>
      Array.from({ length: perEpoch }, (_, i) => [...miniBatch(200, 30, 5, e * perEpoch + i)]),
    );
    for (const batches of epochs) {
      expect(batches.at(-1)).toHaveLength(20);
      expect(batches.flat().sort((a, b) => a - b)).toEqual([...Array(200).keys()]);
    }
    expect(epochs[0][0]).not.toEqual(epochs[1][0]);
    expect([...miniBatch(200, 30, 5, 3)]).toEqual(epochs[0][3]);
    expect([...miniBatch(200, 30, 6, 3)]).not.toEqual(epochs[0][3]);
  });
});

describe('gradient descent and SGD on the regression surface', () => {
  it('take identical steps when the mini-batch is the whole data set', () => {
    const r = run(0.1, 200, 40);
    r.sgd.forEach((p, i) => {
      expect(p.w).toBeCloseTo(r.gd[i].w, 12);
      expect(p.b).toBeCloseTo(r.gd[i].b, 12);
    });
  });

  it('both bring the cost down, SGD along a different, noisier path', () => {
    const r = run(0.1, 10, 60);
    const cost = (p: Params) => regressionCost(points, p);
    expect(cost(r.gd[60])).toBeLessThan(0.1 * cost(START));
    expect(cost(r.sgd[60])).toBeLessThan(0.1 * cost(START));
    expect(r.sgd[60]).not.toEqual(r.gd[60]);
    // Full-batch GD at this rate descends monotonically; SGD need not.
    for (let i = 1; i <= 60; i++) expect(cost(r.gd[i])).toBeLessThan(cost(r.gd[i - 1]));
  });

  it('stops with finite paths when the rate makes it diverge', () => {
    const r = run(1, 10, 200);
    expect(r.divergedAt).not.toBeNull();
    expect(r.steps).toBe(r.divergedAt);
    for (const p of [...r.gd, ...r.sgd]) {
      expect(Number.isFinite(regressionCost(points, p))).toBe(true);
    }
    expect(advanceRun(r, points, 0.01, 10, 1)).toBe(r);
  });
});
