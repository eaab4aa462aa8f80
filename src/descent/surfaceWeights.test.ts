import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { descentEn } from '../i18n/en/descent';
import { layerName } from '../math/symbols';
import {
  defaultSurfaceWeights,
  moveToLayer,
  neuronIndex,
  neuronNameRange,
  strongestInputs,
} from './surfaceWeights';

const SIZES = MNIST_SPEC.sizes;

describe('choosing the weights of the real cost surface', () => {
  it('finds the largest |w| in a row, ties to the lower k', () => {
    const W = Float64Array.of(0.1, -0.9, 0.3, 0.0, /* j = 1 */ 0.5, -0.5, 2, 0.1);
    expect(strongestInputs(W, 4, 0, 2)).toEqual([1, 2]);
    expect(strongestInputs(W, 4, 1, 3)).toEqual([2, 0, 1]);
  });

  it('defaults to the two strongest weights into the output neuron for "0"', () => {
    const net = createNetwork(MNIST_SPEC, 3);
    const [a, b] = defaultSurfaceWeights(net.weights, SIZES);
    expect([a.layer, a.j, b.layer, b.j]).toEqual([3, 0, 3, 0]);
    const row = net.weights[2].slice(0, 16).map(Math.abs);
    const top = [...row].sort((x, y) => y - x);
    expect([row[a.k], row[b.k]]).toEqual([top[0], top[1]]);
  });

  it('names output neurons by digit and the others from 1', () => {
    expect(neuronNameRange(SIZES, 3)).toEqual([0, 9]);
    expect(neuronNameRange(SIZES, 0)).toEqual([1, 784]);
    expect(neuronIndex(SIZES, 3, 7)).toBe(7);
    expect(neuronIndex(SIZES, 1, 16)).toBe(15);
    expect(
      [0, 1, 2, 3].map((l) => layerName(l, SIZES.length, descentEn.surface.layerNames)),
    ).toEqual(['pixels', 'hidden 1', 'hidden 2', 'output']);
  });

  it('keeps j and k inside the layer a weight moves to', () => {
    expect(moveToLayer(SIZES, { layer: 1, j: 15, k: 700 }, 3)).toEqual({ layer: 3, j: 9, k: 15 });
    expect(moveToLayer(SIZES, { layer: 3, j: 2, k: 4 }, 1)).toEqual({ layer: 1, j: 2, k: 4 });
  });
});
