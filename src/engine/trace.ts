import { outputJacobianT, slope } from './activations';
import { costGradient, exampleCost, outputDelta } from './costs';
import type { Network } from './network';
import { forward } from './network';

/** Everything one labelled example does to the network, forward and backward. */
export interface ExampleTrace {
  target: Float64Array;
  cost: number;
  /** Per layer, input first. z[0] and dCdz[0] are empty: the input has no z. */
  z: Float64Array[];
  a: Float64Array[];
  /** ∂C/∂a of every neuron, including the 784 pixels (what each pixel "wants"). */
  dCda: Float64Array[];
  /** δ = ∂C/∂z of every non-input neuron. */
  dCdz: Float64Array[];
  /** ∂C/∂w and ∂C/∂b of every parameter, shaped like net.weights and net.biases. */
  dCdW: Float64Array[];
  dCdb: Float64Array[];
}

export interface BatchTrace {
  examples: ExampleTrace[];
  /** Mean cost and mean gradient over the examples: the step SGD takes. */
  cost: number;
  dCdW: Float64Array[];
  dCdb: Float64Array[];
}

/** One-hot target for a digit label. */
export function oneHot(label: number, n: number): Float64Array {
  const y = new Float64Array(n);
  y[label] = 1;
  return y;
}

/** The forward pass and every neuron's ∂C/∂a and δ, without the per-weight gradients. */
export type ExampleSignals = Omit<ExampleTrace, 'dCdW' | 'dCdb'>;

/**
 * The textbook backward pass over neurons: δᴸ = Jᵀ ∇ₐC, ∂C/∂aₖ⁽ˡ⁻¹⁾ = Σⱼ wⱼₖ δⱼ⁽ˡ⁾,
 * δₖ⁽ˡ⁻¹⁾ = σ′(zₖ) ∂C/∂aₖ. Enough for the views of one digit; the weight gradients are an
 * outer product on top (traceExample).
 */
export function traceSignals(
  net: Network,
  input: Float64Array,
  target: Float64Array,
): ExampleSignals {
  const { z, a } = forward(net, input);
  const L = net.sizes.length - 1;
  const nOut = net.sizes[L];
  const dCda = net.sizes.map((n) => new Float64Array(n));
  const dCdz = net.sizes.map((n, l) => new Float64Array(l === 0 ? 0 : n));
  // ∂C/∂a is shown to students even where cross-entropy's δ = a − y skips it.
  costGradient(net.cost, net.output, a[L], target, dCda[L], 0, nOut);
  if (net.cost === 'cross-entropy') {
    outputDelta(net.cost, net.output, a[L], target, dCda[L], dCdz[L], 0, nOut);
  } else {
    outputJacobianT(net.output, a[L], dCda[L], dCdz[L], 0, nOut);
  }
  for (let l = L; l >= 1; l--) {
    const nIn = net.sizes[l - 1];
    const W = net.weights[l - 1];
    const up = dCda[l - 1];
    for (let j = 0; j < net.sizes[l]; j++) {
      const d = dCdz[l][j];
      const row = j * nIn;
      for (let k = 0; k < nIn; k++) up[k] += W[row + k] * d;
    }
    if (l > 1) {
      for (let k = 0; k < nIn; k++)
        dCdz[l - 1][k] = slope(net.hidden, z[l - 1][k], a[l - 1][k]) * up[k];
    }
  }
  const cost = exampleCost(net.cost, net.output, z[L], a[L], target, 0, nOut);
  return { target, cost, z, a, dCda, dCdz };
}

/** What the views show of one digit: its forward pass, and every layer's δ when its label is known. */
export interface DigitSignals {
  z: Float64Array[];
  a: Float64Array[];
  /** Empty without a label: nothing says what the output should be. */
  dCdz: Float64Array[];
}

/** The signals of one digit under the network; δ only with a label (a drawing has none). */
export function digitSignals(
  net: Network,
  input: Float64Array,
  label: number | null,
): DigitSignals {
  if (label === null) return { ...forward(net, input), dCdz: [] };
  const { z, a, dCdz } = traceSignals(net, input, oneHot(label, net.sizes[net.sizes.length - 1]));
  return { z, a, dCdz };
}

/** Every neuron's signals plus ∂C/∂wⱼₖ = aₖ δⱼ and ∂C/∂bⱼ = δⱼ for every parameter. */
export function traceExample(
  net: Network,
  input: Float64Array,
  target: Float64Array,
): ExampleTrace {
  const signals = traceSignals(net, input, target);
  const { a, dCdz } = signals;
  const dCdW: Float64Array[] = [];
  const dCdb: Float64Array[] = [];
  for (let l = 1; l < net.sizes.length; l++) {
    const nIn = net.sizes[l - 1];
    const gW = new Float64Array(net.sizes[l] * nIn);
    for (let j = 0; j < net.sizes[l]; j++) {
      const d = dCdz[l][j];
      for (let k = 0; k < nIn; k++) gW[j * nIn + k] = a[l - 1][k] * d;
    }
    dCdW.push(gW);
    dCdb.push(dCdz[l].slice());
  }
  return { ...signals, dCdW, dCdb };
}

/** Trace every example and average: the per-example records stay available for the views. */
export function traceBatch(
  net: Network,
  inputs: readonly Float64Array[],
  targets: readonly Float64Array[],
): BatchTrace {
  const examples = inputs.map((x, i) => traceExample(net, x, targets[i]));
  const n = examples.length;
  const dCdW = net.weights.map((w) => new Float64Array(w.length));
  const dCdb = net.biases.map((b) => new Float64Array(b.length));
  let cost = 0;
  for (const ex of examples) {
    cost += ex.cost;
    for (let l = 0; l < dCdW.length; l++) {
      for (let i = 0; i < dCdW[l].length; i++) dCdW[l][i] += ex.dCdW[l][i] / n;
      for (let i = 0; i < dCdb[l].length; i++) dCdb[l][i] += ex.dCdb[l][i] / n;
    }
  }
  return { examples, cost: cost / n, dCdW, dCdb };
}

/** w ← w − η ∂C/∂w for every parameter (the update step the views show). */
export function applyGradient(
  net: Network,
  dCdW: readonly Float64Array[],
  dCdb: readonly Float64Array[],
  learningRate: number,
): void {
  for (let l = 0; l < net.weights.length; l++) {
    const W = net.weights[l];
    const b = net.biases[l];
    for (let i = 0; i < W.length; i++) W[i] -= learningRate * dCdW[l][i];
    for (let i = 0; i < b.length; i++) b[i] -= learningRate * dCdb[l][i];
  }
}
