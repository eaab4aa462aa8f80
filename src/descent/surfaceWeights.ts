import type { WeightRef } from '../engine/costSurface';

/**
 * The k of the `count` largest |w_jk| in row j of a weight matrix (row-major, nIn per row):
 * the connections neuron j listens to most, whose cost surface has the most to show.
 */
export function strongestInputs(
  weights: Float64Array,
  nIn: number,
  j: number,
  count: number,
): number[] {
  const ks = Array.from({ length: nIn }, (_, k) => k);
  const size = (k: number) => Math.abs(weights[j * nIn + k]);
  return ks.sort((a, b) => size(b) - size(a) || a - b).slice(0, count);
}

/** The two strongest weights into the first output neuron (the "0"). */
export function defaultSurfaceWeights(
  weights: readonly Float64Array[],
  sizes: readonly number[],
): [WeightRef, WeightRef] {
  const L = sizes.length - 1;
  const [k1, k2] = strongestInputs(weights[L - 1], sizes[L - 1], 0, 2);
  return [
    { layer: L, j: 0, k: k1 },
    { layer: L, j: 0, k: k2 },
  ];
}

/**
 * Neurons by the names the page shows: an output neuron by its digit (0-9), every other neuron
 * counted from 1. These convert between that name and the engine's 0-based index.
 */
export function neuronNameRange(sizes: readonly number[], layer: number): [number, number] {
  const isOutput = layer === sizes.length - 1;
  return isOutput ? [0, sizes[layer] - 1] : [1, sizes[layer]];
}

export function neuronIndex(sizes: readonly number[], layer: number, name: number): number {
  return layer === sizes.length - 1 ? name : name - 1;
}

/** The same weight with its layer changed, j and k pulled into the new layer's ranges. */
export function moveToLayer(sizes: readonly number[], ref: WeightRef, layer: number): WeightRef {
  return {
    layer,
    j: Math.min(ref.j, sizes[layer] - 1),
    k: Math.min(ref.k, sizes[layer - 1] - 1),
  };
}

export function sameWeight(a: WeightRef, b: WeightRef): boolean {
  return a.layer === b.layer && a.j === b.j && a.k === b.k;
}
