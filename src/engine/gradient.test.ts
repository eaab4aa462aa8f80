import { describe, expect, it } from 'vitest';
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './activations';
import { COSTS } from './costs';
import type { Network } from './network';
import { createNetwork, forward } from './network';
import { createRng } from './random';
import { exampleCost } from './costs';
import { oneHot, traceBatch, traceExample } from './trace';

const SIZES = [6, 5, 4, 3];

function costOf(net: Network, x: Float64Array, y: Float64Array): number {
  const { z, a } = forward(net, x);
  const L = net.sizes.length - 1;
  return exampleCost(net.cost, net.output, z[L], a[L], y, 0, net.sizes[L]);
}

/** Central difference of the cost with respect to v[i], which the cost reads. */
function numeric(v: Float64Array, i: number, cost: () => number): number {
  const h = 1e-5;
  const saved = v[i];
  v[i] = saved + h;
  const up = cost();
  v[i] = saved - h;
  const down = cost();
  v[i] = saved;
  return (up - down) / (2 * h);
}

/** Largest |analytic − numeric| relative to the largest gradient entry of that tensor. */
function relativeError(analytic: Float64Array, v: Float64Array, cost: () => number): number {
  let worst = 0;
  let scale = 1e-12;
  for (let i = 0; i < v.length; i++) {
    const n = numeric(v, i, cost);
    worst = Math.max(worst, Math.abs(analytic[i] - n));
    scale = Math.max(scale, Math.abs(analytic[i]), Math.abs(n));
  }
  return worst / scale;
}

describe('backprop agrees with central finite differences (Float64)', () => {
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const output of OUTPUT_ACTIVATIONS) {
      for (const cost of COSTS) {
        it(`${hidden} hidden, ${output} output, ${cost} cost`, () => {
          const net = createNetwork({ sizes: SIZES, hidden, output, cost }, 7);
          const rng = createRng(11);
          // Non-zero biases, so the check does not only run at b = 0.
          for (const b of net.biases) for (let j = 0; j < b.length; j++) b[j] = 0.5 * rng.normal();
          const x = Float64Array.from({ length: SIZES[0] }, () => rng.next());
          const y = oneHot(1, SIZES[3]);
          const trace = traceExample(net, x, y);
          const c = () => costOf(net, x, y);
          expect(trace.cost).toBeCloseTo(c(), 12);
          for (let l = 0; l < net.weights.length; l++) {
            expect(relativeError(trace.dCdW[l], net.weights[l], c)).toBeLessThan(1e-6);
            expect(relativeError(trace.dCdb[l], net.biases[l], c)).toBeLessThan(1e-6);
          }
          // ∂C/∂a of the input pixels and ∂C/∂z of each layer, nudging the value directly.
          expect(relativeError(trace.dCda[0], x, c)).toBeLessThan(1e-6);
          for (let l = 1; l < net.sizes.length; l++) {
            const dz = trace.dCdz[l];
            expect(dz.length).toBe(net.sizes[l]);
            // δ = ∂C/∂b for the neuron's own bias, since z = Σ w a + b.
            expect(Array.from(dz)).toEqual(Array.from(trace.dCdb[l - 1]));
          }
        });
      }
    }
  }

  it('the batch gradient is the mean of the per-example gradients, which stay available', () => {
    const net = createNetwork(
      { sizes: SIZES, hidden: 'tanh', output: 'softmax', cost: 'squared' },
      3,
    );
    const rng = createRng(5);
    const xs = [0, 1, 2].map(() => Float64Array.from({ length: SIZES[0] }, () => rng.next()));
    const ys = [0, 2, 1].map((d) => oneHot(d, SIZES[3]));
    const batch = traceBatch(net, xs, ys);
    expect(batch.examples).toHaveLength(3);
    const meanCost = () => xs.reduce((s, x, i) => s + costOf(net, x, ys[i]), 0) / xs.length;
    expect(batch.cost).toBeCloseTo(meanCost(), 12);
    for (let l = 0; l < net.weights.length; l++) {
      expect(relativeError(batch.dCdW[l], net.weights[l], meanCost)).toBeLessThan(1e-6);
    }
  });
});
