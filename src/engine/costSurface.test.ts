import { describe, expect, it } from 'vitest';
import type { WeightRef } from './costSurface';
import { costSurface, surfaceProblem, weightIndex } from './costSurface';
import { exampleCost } from './costs';
import type { Network, NetworkSpec } from './network';
import { MNIST_SPEC, cloneNetwork, createNetwork, forward } from './network';
import { createRng } from './random';
import { oneHot, traceBatch } from './trace';

const SPECS: NetworkSpec[] = [
  MNIST_SPEC,
  { sizes: [784, 16, 16, 10], hidden: 'relu', output: 'softmax', cost: 'cross-entropy' },
];

/** Digit-shaped inputs: 784 activations in [0, 1] with seeded labels. */
function examples(count: number) {
  const rng = createRng(5);
  const inputs = Array.from({ length: count }, () =>
    Float64Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0)),
  );
  const targets = inputs.map(() => oneHot(rng.int(10), 10));
  return { inputs, targets };
}

/** The mean cost with the two weights set directly, by full forward passes. */
function directCost(
  net: Network,
  data: ReturnType<typeof examples>,
  weights: readonly WeightRef[],
  values: readonly number[],
): number {
  const moved = cloneNetwork(net);
  weights.forEach((ref, w) => (moved.weights[ref.layer - 1][weightIndex(net, ref)] = values[w]));
  const L = net.sizes.length - 1;
  let sum = 0;
  data.inputs.forEach((x, i) => {
    const { z, a } = forward(moved, x);
    sum += exampleCost(net.cost, net.output, z[L], a[L], data.targets[i], 0, net.sizes[L]);
  });
  return sum / data.inputs.length;
}

const PAIRS: [WeightRef, WeightRef][] = [
  [
    { layer: 3, j: 0, k: 4 },
    { layer: 3, j: 0, k: 9 },
  ],
  [
    { layer: 1, j: 2, k: 300 },
    { layer: 3, j: 7, k: 1 },
  ],
  [
    { layer: 2, j: 5, k: 5 },
    { layer: 1, j: 5, k: 410 },
  ],
];

describe('the cost surface of two weights', () => {
  const data = examples(30);
  for (const spec of SPECS) {
    for (const pair of PAIRS) {
      const name = `${spec.hidden}/${spec.output}, layers ${pair[0].layer} and ${pair[1].layer}`;
      const net = createNetwork(spec, 3);
      const batch = traceBatch(net, data.inputs, data.targets);

      it(`has the network's cost at its centre (${name})`, () => {
        const surface = costSurface(net, data.inputs, data.targets, pair, 2, 25);
        expect(surface.costs[12 * 25 + 12]).toBeCloseTo(batch.cost, 13);
        expect(surface.cost).toBeCloseTo(batch.cost, 13);
        const grads = pair.map((ref) => batch.dCdW[ref.layer - 1][weightIndex(net, ref)]);
        expect(surface.gradient[0]).toBeCloseTo(grads[0], 13);
        expect(surface.gradient[1]).toBeCloseTo(grads[1], 13);
      });

      it(`slopes at the centre like backprop's mean gradient (${name})`, () => {
        const h = 1e-5;
        const { costs } = costSurface(net, data.inputs, data.targets, pair, h, 3);
        // Row 1 is the second weight's centre value; column 1 the first weight's.
        const slopes = [(costs[5] - costs[3]) / (2 * h), (costs[7] - costs[1]) / (2 * h)];
        pair.forEach((ref, w) => {
          const backprop = batch.dCdW[ref.layer - 1][weightIndex(net, ref)];
          expect(Math.abs(slopes[w] - backprop)).toBeLessThan(1e-7 + 1e-5 * Math.abs(backprop));
        });
      });

      it(`matches full forward passes away from the centre (${name})`, () => {
        const surface = costSurface(net, data.inputs, data.targets, pair, 2, 5);
        const [c0, c1] = surface.centre;
        // Column 0 is centre − span for the first weight, row 4 centre + span for the second.
        expect(surface.costs[4 * 5 + 0]).toBeCloseTo(
          directCost(net, data, pair, [c0 - 2, c1 + 2]),
          12,
        );
        expect(surface.costs[1 * 5 + 3]).toBeCloseTo(
          directCost(net, data, pair, [c0 + 1, c1 - 1]),
          12,
        );
      });
    }
  }

  it('leaves the network as it was', () => {
    const net = createNetwork(MNIST_SPEC, 3);
    const before = net.weights.map((w) => w.slice());
    costSurface(net, data.inputs, data.targets, PAIRS[1], 2, 5);
    net.weights.forEach((w, l) => expect(w).toEqual(before[l]));
  });

  it('refuses weights outside the network, equal weights and bad grids', () => {
    const net = createNetwork(MNIST_SPEC, 3);
    const ok = PAIRS[0];
    expect(surfaceProblem(net, ok, 2, 25)).toBeNull();
    expect(surfaceProblem(net, [{ layer: 4, j: 0, k: 0 }, ok[1]], 2, 25)).toMatch(/layer/);
    expect(surfaceProblem(net, [{ layer: 3, j: 10, k: 0 }, ok[1]], 2, 25)).toMatch(/j must/);
    expect(surfaceProblem(net, [ok[0], { layer: 1, j: 0, k: 784 }], 2, 25)).toMatch(/k must/);
    expect(surfaceProblem(net, [ok[0], { ...ok[0] }], 2, 25)).toMatch(/differ/);
    expect(surfaceProblem(net, ok, 0, 25)).toMatch(/span/);
    expect(surfaceProblem(net, ok, 2, 24)).toMatch(/odd/);
    expect(surfaceProblem(net, ok, 2, 201)).toMatch(/odd/);
  });
});
