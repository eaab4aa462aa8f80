import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import type { ParamRef } from './lesson';
import { nudgedCost, paramGradient, paramValue, traceLesson } from './lesson';
import { MNIST_SPEC, createNetwork } from './network';

function syntheticInput(seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0));
}

describe('traceLesson', () => {
  const net = createNetwork(MNIST_SPEC, 3, 'normal');
  const lesson = traceLesson(net, syntheticInput(1), 4, 1);

  it('keeps its own copy of the parameters it traced', () => {
    const before = paramValue(lesson, { kind: 'weight', layer: 2, j: 3, k: 5 });
    net.weights[1][3 * 16 + 5] += 10;
    expect(paramValue(lesson, { kind: 'weight', layer: 2, j: 3, k: 5 })).toBe(before);
    net.weights[1][3 * 16 + 5] -= 10;
  });

  it('lowers the cost of its example with one small step', () => {
    const small = traceLesson(net, syntheticInput(1), 4, 0.5);
    expect(small.after.cost).toBeLessThan(small.trace.cost);
  });

  it('agrees with the ratio of nudges for weights and biases in every layer', () => {
    const params: ParamRef[] = [
      { kind: 'weight', layer: 3, j: 4, k: 7 },
      { kind: 'weight', layer: 2, j: 0, k: 15 },
      { kind: 'weight', layer: 1, j: 9, k: 300 },
      { kind: 'bias', layer: 3, j: 2 },
      { kind: 'bias', layer: 1, j: 11 },
    ];
    for (const p of params) {
      const h = 1e-5;
      const ratio = (nudgedCost(lesson, p, h) - nudgedCost(lesson, p, -h)) / (2 * h);
      expect(ratio).toBeCloseTo(paramGradient(lesson, p), 7);
    }
  });

  it('does not change the lesson when nudging', () => {
    const p: ParamRef = { kind: 'weight', layer: 3, j: 4, k: 7 };
    const w = paramValue(lesson, p);
    nudgedCost(lesson, p, 0.5);
    expect(paramValue(lesson, p)).toBe(w);
    expect(nudgedCost(lesson, p, 0)).toBeCloseTo(lesson.trace.cost, 12);
  });
});
