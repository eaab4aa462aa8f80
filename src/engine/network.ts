import type { HiddenActivation, OutputActivation } from './activations';
import { activate } from './activations';
import type { CostName } from './costs';
import { createRng } from './random';

export type Initialisation = 'normal' | 'xavier' | 'he';
export const INITIALISATIONS: readonly Initialisation[] = ['normal', 'xavier', 'he'];

export interface NetworkSpec {
  /** Neurons per layer, input first: [784, 16, 16, 10] is 3Blue1Brown's network. */
  sizes: number[];
  hidden: HiddenActivation;
  output: OutputActivation;
  cost: CostName;
}

/**
 * weights[l] connects layer l to layer l+1, row-major: w_jk (to neuron j from neuron k) sits at
 * j * sizes[l] + k, so one row is everything neuron j listens to. biases[l] belongs to layer l+1.
 */
export interface Network extends NetworkSpec {
  weights: Float64Array[];
  biases: Float64Array[];
}

export const MNIST_SPEC: NetworkSpec = {
  sizes: [784, 16, 16, 10],
  hidden: 'sigmoid',
  output: 'sigmoid',
  cost: 'squared',
};

/**
 * A seeded random network. 'normal' is N(0, 1) for every weight and bias (Nielsen's book, as in
 * 3Blue1Brown's series); 'xavier' is N(0, 1/fan-in) and 'he' N(0, 2/fan-in), biases 0.
 */
export function createNetwork(
  spec: NetworkSpec,
  seed: number,
  init: Initialisation = 'xavier',
): Network {
  const rng = createRng(seed);
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const nIn = spec.sizes[l];
    const nOut = spec.sizes[l + 1];
    const scale = init === 'normal' ? 1 : Math.sqrt((init === 'he' ? 2 : 1) / nIn);
    const w = new Float64Array(nIn * nOut);
    for (let i = 0; i < w.length; i++) w[i] = rng.normal() * scale;
    const b = new Float64Array(nOut);
    if (init === 'normal') for (let j = 0; j < nOut; j++) b[j] = rng.normal();
    weights.push(w);
    biases.push(b);
  }
  return { ...spec, sizes: [...spec.sizes], weights, biases };
}

export function cloneNetwork(net: Network): Network {
  return {
    sizes: [...net.sizes],
    hidden: net.hidden,
    output: net.output,
    cost: net.cost,
    weights: net.weights.map((w) => w.slice()),
    biases: net.biases.map((b) => b.slice()),
  };
}

/** Copies weights and biases between two networks of the same shape. */
export function copyParameters(from: Network, to: Network): void {
  for (let l = 0; l < from.weights.length; l++) {
    to.weights[l].set(from.weights[l]);
    to.biases[l].set(from.biases[l]);
  }
}

/** 13,002 for 784-16-16-10. */
export function parameterCount(sizes: readonly number[]): number {
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) n += sizes[l + 1] * (sizes[l] + 1);
  return n;
}

/**
 * z[zOff + j] = Σₖ W[j,k] x[xOff + k] + b[j], four neurons per pass over x: four independent
 * accumulators share each load of xₖ and keep the floating-point pipeline full.
 */
export function denseForward(
  W: Float64Array,
  b: Float64Array,
  x: Float64Array,
  xOff: number,
  nIn: number,
  nOut: number,
  z: Float64Array,
  zOff: number,
): void {
  let j = 0;
  for (; j + 4 <= nOut; j += 4) {
    const r0 = j * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < nIn; k++) {
      const xk = x[xOff + k];
      s0 += W[r0 + k] * xk;
      s1 += W[r1 + k] * xk;
      s2 += W[r2 + k] * xk;
      s3 += W[r3 + k] * xk;
    }
    z[zOff + j] = s0 + b[j];
    z[zOff + j + 1] = s1 + b[j + 1];
    z[zOff + j + 2] = s2 + b[j + 2];
    z[zOff + j + 3] = s3 + b[j + 3];
  }
  for (; j < nOut; j++) {
    const r = j * nIn;
    let s = 0;
    for (let k = 0; k < nIn; k++) s += W[r + k] * x[xOff + k];
    z[zOff + j] = s + b[j];
  }
}

/** Activation function of layer l (1 = first hidden layer). */
export function layerActivation(net: NetworkSpec, l: number) {
  return l === net.sizes.length - 1 ? net.output : net.hidden;
}

export interface ForwardPass {
  /** z[l] and a[l] for every layer; z[0] is empty and a[0] is the input. */
  z: Float64Array[];
  a: Float64Array[];
}

/**
 * One example through the network, keeping every layer's z and a. They are views on one
 * buffer: allocating a typed array per layer took about a fifth of a single forward pass.
 */
export function forward(net: Network, input: Float64Array): ForwardPass {
  const L = net.sizes.length;
  let length = input.length;
  for (let l = 1; l < L; l++) length += 2 * net.sizes[l];
  const buffer = new ArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
  let at = 0;
  const view = (n: number) => {
    const v = new Float64Array(buffer, at * Float64Array.BYTES_PER_ELEMENT, n);
    at += n;
    return v;
  };
  const z: Float64Array[] = [view(0)];
  const a: Float64Array[] = [view(input.length)];
  a[0].set(input);
  for (let l = 1; l < L; l++) {
    const n = net.sizes[l];
    const zl = view(n);
    const al = view(n);
    denseForward(net.weights[l - 1], net.biases[l - 1], a[l - 1], 0, net.sizes[l - 1], n, zl, 0);
    activate(layerActivation(net, l), zl, al, 0, n);
    z.push(zl);
    a.push(al);
  }
  return { z, a };
}

/**
 * True when these inputs go through the network as finite numbers, every z and a: finite
 * weights can still overflow (weights of 1e300 make z infinite and a softmax NaN).
 */
export function computesFinitely(net: Network, inputs: readonly Float64Array[]): boolean {
  return inputs.every((input) => {
    const { z, a } = forward(net, input);
    return [...z, ...a].every((values) => values.every(Number.isFinite));
  });
}

/** Whether weights and biases are those of a network with these layer sizes. */
export function weightsFit(
  sizes: readonly number[],
  weights: readonly Float64Array[],
  biases: readonly Float64Array[],
): boolean {
  return (
    weights.length === sizes.length - 1 &&
    biases.length === sizes.length - 1 &&
    sizes.slice(1).every((n, l) => weights[l].length === n * sizes[l] && biases[l].length === n)
  );
}

/** Index of the largest value in v[off..off+n). */
export function argmax(v: Float64Array, off = 0, n = v.length - off): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (v[off + i] > v[off + best]) best = i;
  return best;
}
