import { weightNumber } from './classicExample';

/** What the 2-2-2 diagram lights up for a quantity of the hand calculation. */
export interface DiagramFocus {
  /** Neuron names: i1, h2, o1. */
  neurons: string[];
  /** Classic weight numbers 1..8. */
  weights: number[];
  /** Bias nodes 1 (hidden) and 2 (output). */
  biases: number[];
}

/**
 * Read from the quantity's id: the weight it is about (w5, grad-w5, new-w5), the neurons it
 * names (net-h1, dEo2-dout-h1, target-o1) and, for an output's say about a hidden neuron, the
 * weight between them, which is the path that message travels.
 */
export function diagramFocus(id: string): DiagramFocus {
  const weight = /w(\d)$/.exec(id);
  if (weight) return { neurons: [], weights: [Number(weight[1])], biases: [] };
  const bias = /^b(\d)$/.exec(id);
  if (bias) return { neurons: [], weights: [], biases: [Number(bias[1])] };
  if (id === 'e-total') return { neurons: ['o1', 'o2'], weights: [], biases: [] };
  const neurons = [...id.matchAll(/([iho])([12])/g)].map((m) => m[0]);
  const path = /^dEo(\d)-dout-h(\d)$/.exec(id);
  const weights = path ? [weightNumber(1, Number(path[1]) - 1, Number(path[2]) - 1)] : [];
  return { neurons, weights, biases: [] };
}
