import type { Network } from '../../engine/network';

/**
 * The classic 2-2-2 worked example (teaching-notes §6) as an engine Network: inputs 0.05 and
 * 0.10, targets 0.01 and 0.99, sigmoid everywhere, E = Σ ½(target − out)², learning rate 0.5.
 */
export const INPUT = Float64Array.of(0.05, 0.1);
export const TARGET = Float64Array.of(0.01, 0.99);
export const LEARNING_RATE = 0.5;
/** The classic write-up's one bias per layer: b1 for both hidden neurons, b2 for both outputs. */
export const HIDDEN_BIAS = 0.35;
export const OUTPUT_BIAS = 0.6;

/** Where the classic w1..w8 live in the engine: layer l's row-major w_jk at j·2 + k. */
export interface WeightPlace {
  /** 1..8 as in the classic diagram. */
  number: number;
  layer: 0 | 1;
  /** Receiving neuron (h or o) and sending neuron (i or h), 0-based. */
  j: number;
  k: number;
}

export const WEIGHTS: readonly WeightPlace[] = [
  { number: 1, layer: 0, j: 0, k: 0 },
  { number: 2, layer: 0, j: 0, k: 1 },
  { number: 3, layer: 0, j: 1, k: 0 },
  { number: 4, layer: 0, j: 1, k: 1 },
  { number: 5, layer: 1, j: 0, k: 0 },
  { number: 6, layer: 1, j: 0, k: 1 },
  { number: 7, layer: 1, j: 1, k: 0 },
  { number: 8, layer: 1, j: 1, k: 1 },
];

export function weightPlace(number: number): WeightPlace {
  const place = WEIGHTS[number - 1];
  if (!place) throw new RangeError(`The 2-2-2 example has no weight w${number}`);
  return place;
}

/** The classic number of the weight into neuron j of engine layer l+1 from neuron k of layer l. */
export function weightNumber(layer: number, j: number, k: number): number {
  return layer * 4 + j * 2 + k + 1;
}

/** A fresh copy of the example's network, ready for the first step. */
export function createClassicNetwork(): Network {
  return {
    sizes: [2, 2, 2],
    hidden: 'sigmoid',
    output: 'sigmoid',
    cost: 'half-squared',
    weights: [Float64Array.of(0.15, 0.2, 0.25, 0.3), Float64Array.of(0.4, 0.45, 0.5, 0.55)],
    biases: [Float64Array.of(HIDDEN_BIAS, HIDDEN_BIAS), Float64Array.of(OUTPUT_BIAS, OUTPUT_BIAS)],
  };
}

/**
 * 'fixed' is the classic write-up, which never updates b1 and b2; 'updated' lets the engine
 * step every neuron's own bias too, as it does for MNIST.
 */
export type BiasMode = 'fixed' | 'updated';

/**
 * Figures printed by the classic write-up that the page compares with the engine: its error
 * "after 10,000 steps", and the widely copied typo for out(o1) (the correct value is 0.75136507).
 */
export const CLASSIC_PRINTED = {
  errorAfter10000: '0.0000351085',
  outO1Typo: '0.75136079',
} as const;
