import { activate } from './activations';
import { exampleCost } from './costs';
import type { Network } from './network';
import { cloneNetwork, denseForward, layerActivation } from './network';
import { traceSignals } from './trace';

/** Weight w_jk into neuron j of layer `layer` (1 = first hidden) from neuron k of layer − 1. */
export interface WeightRef {
  layer: number;
  j: number;
  k: number;
}

/**
 * The mean cost over some examples as a function of two weights, every other parameter held
 * at its current value: a slice through the 13,002-dimensional cost surface.
 */
export interface CostSurface {
  weights: [WeightRef, WeightRef];
  /** The two weights' current values: the centre of the grid. */
  centre: [number, number];
  /** Each axis runs from centre − span to centre + span in `points` evenly spaced values. */
  span: number;
  /** Odd, so the current weights are a grid point. */
  points: number;
  /** costs[row * points + col]: col steps along the first weight, row along the second. */
  costs: Float64Array;
  /** Mean cost and its gradient for the two weights at the centre, by backpropagation. */
  cost: number;
  gradient: [number, number];
}

export const MAX_SURFACE_POINTS = 101;

/** Where w_jk sits in net.weights[layer − 1]. */
export function weightIndex(net: Network, ref: WeightRef): number {
  return ref.j * net.sizes[ref.layer - 1] + ref.k;
}

function refProblem(net: Network, ref: WeightRef): string | null {
  const L = net.sizes.length - 1;
  if (!Number.isInteger(ref.layer) || ref.layer < 1 || ref.layer > L) {
    return `a weight's layer must be from 1 to ${L}`;
  }
  const [nIn, nOut] = [net.sizes[ref.layer - 1], net.sizes[ref.layer]];
  if (!Number.isInteger(ref.j) || ref.j < 0 || ref.j >= nOut) {
    return `j must be from 0 to ${nOut - 1} in layer ${ref.layer}`;
  }
  if (!Number.isInteger(ref.k) || ref.k < 0 || ref.k >= nIn) {
    return `k must be from 0 to ${nIn - 1} in layer ${ref.layer}`;
  }
  return null;
}

/** Why costSurface cannot use these arguments, or null when it can. */
export function surfaceProblem(
  net: Network,
  weights: readonly [WeightRef, WeightRef],
  span: number,
  points: number,
): string | null {
  const bad = refProblem(net, weights[0]) ?? refProblem(net, weights[1]);
  if (bad) return bad;
  const [p, q] = weights;
  if (p.layer === q.layer && p.j === q.j && p.k === q.k) return 'the two weights must differ';
  if (!(Number.isFinite(span) && span > 0)) return 'the span must be a positive number';
  if (!Number.isInteger(points) || points < 3 || points > MAX_SURFACE_POINTS || points % 2 === 0) {
    return `the grid needs an odd number of points from 3 to ${MAX_SURFACE_POINTS}`;
  }
  return null;
}

/**
 * The cost over a points × points grid around the two weights' current values. Layers before
 * the earlier weight's layer do not change, so each example's forward pass is kept up to its
 * z there, which moves by Δw · aₖ; only the small layers after it are recomputed per point.
 */
export function costSurface(
  net: Network,
  inputs: readonly Float64Array[],
  targets: readonly Float64Array[],
  weights: [WeightRef, WeightRef],
  span: number,
  points: number,
): CostSurface {
  const L = net.sizes.length - 1;
  const nOut = net.sizes[L];
  const first = Math.min(weights[0].layer, weights[1].layer);
  const index = weights.map((ref) => weightIndex(net, ref));
  const centre: [number, number] = [
    net.weights[weights[0].layer - 1][index[0]],
    net.weights[weights[1].layer - 1][index[1]],
  ];

  let cost = 0;
  const gradient: [number, number] = [0, 0];
  const kept = inputs.map((input, i) => {
    const { z, a, dCdz, cost: c } = traceSignals(net, input, targets[i]);
    cost += c;
    weights.forEach((ref, w) => (gradient[w] += a[ref.layer - 1][ref.k] * dCdz[ref.layer][ref.j]));
    return { zFirst: z[first], aBefore: a[first - 1] };
  });
  const n = inputs.length;

  const work = cloneNetwork(net);
  const z = net.sizes.map((size) => new Float64Array(size));
  const a = net.sizes.map((size) => new Float64Array(size));
  const costs = new Float64Array(points * points);
  const mid = (points - 1) / 2;
  for (let row = 0; row < points; row++) {
    for (let col = 0; col < points; col++) {
      const delta = [((col - mid) / mid) * span, ((row - mid) / mid) * span];
      weights.forEach((ref, w) => (work.weights[ref.layer - 1][index[w]] = centre[w] + delta[w]));
      let sum = 0;
      for (let e = 0; e < n; e++) {
        const { zFirst, aBefore } = kept[e];
        z[first].set(zFirst);
        weights.forEach((ref, w) => {
          if (ref.layer === first) z[first][ref.j] += delta[w] * aBefore[ref.k];
        });
        activate(layerActivation(net, first), z[first], a[first], 0, net.sizes[first]);
        for (let l = first + 1; l <= L; l++) {
          const W = work.weights[l - 1];
          denseForward(W, work.biases[l - 1], a[l - 1], 0, net.sizes[l - 1], net.sizes[l], z[l], 0);
          activate(layerActivation(net, l), z[l], a[l], 0, net.sizes[l]);
        }
        sum += exampleCost(net.cost, net.output, z[L], a[L], targets[e], 0, nOut);
      }
      costs[row * points + col] = sum / n;
    }
  }
  return {
    weights,
    centre,
    span,
    points,
    costs,
    cost: cost / n,
    gradient: [gradient[0] / n, gradient[1] / n],
  };
}
