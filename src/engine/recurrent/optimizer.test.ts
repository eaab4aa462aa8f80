import { describe, expect, it } from 'vitest';
import { clipGradientNorm, createAdam, createGradientDescent } from './optimizer';

const norm = (arrays: Float64Array[]) =>
  Math.sqrt(arrays.reduce((s, a) => s + a.reduce((t, v) => t + v * v, 0), 0));

describe('clipGradientNorm', () => {
  it('scales a long gradient to maxNorm, keeping its direction, and returns the norm before', () => {
    const grads = [Float64Array.of(3, 0), Float64Array.of(0, 4, 0)];
    expect(clipGradientNorm(grads, 1)).toBeCloseTo(5, 15);
    expect(norm(grads)).toBeCloseTo(1, 15);
    expect(grads[0][0]).toBeCloseTo(0.6, 15);
    expect(grads[0][1]).toBe(0);
    expect(grads[1][1]).toBeCloseTo(0.8, 15);
  });

  it('leaves a short gradient alone', () => {
    const grads = [Float64Array.of(0.3, -0.4)];
    expect(clipGradientNorm(grads, 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(grads[0])).toEqual([0.3, -0.4]);
  });
});

describe('optimisers', () => {
  it('plain gradient descent steps θ ← θ − η ∇', () => {
    const p = [Float64Array.of(1, 2)];
    createGradientDescent(0.5).apply(p, [Float64Array.of(4, -2)]);
    expect(Array.from(p[0])).toEqual([-1, 3]);
  });

  it('Adam moves the first step by about the learning rate in each coordinate', () => {
    const p = [Float64Array.of(0, 0)];
    createAdam(p, { learningRate: 0.1 }).apply(p, [Float64Array.of(0.5, -50)]);
    expect(p[0][0]).toBeCloseTo(-0.1, 6);
    expect(p[0][1]).toBeCloseTo(0.1, 6);
  });

  it('Adam minimises an ill-conditioned convex quadratic', () => {
    // f(θ) = ½ Σ sᵢ (θᵢ − θ*ᵢ)², scales 1000 apart, in two arrays.
    const scales = [Float64Array.of(100, 0.1), Float64Array.of(1, 10, 0.5)];
    const target = [Float64Array.of(1, -2), Float64Array.of(0.5, 3, -1)];
    const params = target.map((t) => new Float64Array(t.length));
    const grads = target.map((t) => new Float64Array(t.length));
    const adam = createAdam(params, { learningRate: 0.05 });
    const cost = () =>
      params.reduce(
        (s, p, a) => s + p.reduce((u, v, i) => u + 0.5 * scales[a][i] * (v - target[a][i]) ** 2, 0),
        0,
      );
    const start = cost();
    for (let step = 0; step < 3000; step++) {
      params.forEach((p, a) =>
        p.forEach((v, i) => (grads[a][i] = scales[a][i] * (v - target[a][i]))),
      );
      adam.apply(params, grads);
    }
    expect(cost()).toBeLessThan(1e-6 * start);
    params.forEach((p, a) => p.forEach((v, i) => expect(v).toBeCloseTo(target[a][i], 2)));
  });
});
