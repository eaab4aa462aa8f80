import { activate, slope } from './activations';
import { exampleCost, outputDelta } from './costs';
import type { DigitSet } from './dataset';
import { PIXEL_ACTIVATION } from './dataset';
import { backDeltaRows, denseForwardRows, updateLayerRows } from './kernels';
import type { Network } from './network';
import { argmax, layerActivation } from './network';

export interface BatchResult {
  /** Examples in the batch, their summed cost (before the update) and how many were right. */
  count: number;
  costSum: number;
  correct: number;
}

/**
 * The training path: a mini-batch as a matrix (one row per example), buffers allocated once,
 * no input-layer δ, and the gradient folded straight into the weights instead of being stored.
 * It must agree with traceBatch + applyGradient (tested); only the summation order differs.
 */
export interface Sgd {
  /** One SGD step on the examples order[start, start + size) of the set; returns the batch's stats. */
  step(
    set: DigitSet,
    order: Uint32Array,
    start: number,
    size: number,
    learningRate: number,
  ): BatchResult;
  /**
   * Cost and accuracy over examples [start, end) of a set, weights unchanged; when given,
   * guesses[i - start] receives the network's answer for example i and confidence[i - start]
   * that output's activation.
   */
  evaluate(
    set: DigitSet,
    start?: number,
    end?: number,
    guesses?: Uint8Array,
    confidence?: Float32Array,
  ): BatchResult;
}

export function createSgd(net: Network, maxBatch: number): Sgd {
  const sizes = net.sizes;
  const L = sizes.length - 1;
  const nOut = sizes[L];
  const Z = sizes.map((n) => new Float64Array(n * maxBatch));
  const A = sizes.map((n) => new Float64Array(n * maxBatch));
  const D = sizes.map((n) => new Float64Array(n * maxBatch));
  const labels = new Uint8Array(maxBatch);
  const target = new Float64Array(nOut);
  const dCdaOut = new Float64Array(nOut * maxBatch);

  /** writeDigitInput inlined and unrolled by four (same table, same bits): it runs per pixel. */
  function load(set: DigitSet, index: (b: number) => number, size: number): void {
    const images = set.images;
    const pixels = set.pixels;
    const X = A[0];
    const table = PIXEL_ACTIVATION;
    const fours = pixels - (pixels % 4);
    for (let b = 0; b < size; b++) {
      const i = index(b);
      const from = i * pixels;
      const to = b * pixels;
      for (let k = 0; k < fours; k += 4) {
        const g0 = images[from + k];
        const g1 = images[from + k + 1];
        const g2 = images[from + k + 2];
        const g3 = images[from + k + 3];
        X[to + k] = table[g0];
        X[to + k + 1] = table[g1];
        X[to + k + 2] = table[g2];
        X[to + k + 3] = table[g3];
      }
      for (let k = fours; k < pixels; k++) X[to + k] = table[images[from + k]];
      labels[b] = set.labels[i];
    }
  }

  function forwardRows(size: number): void {
    for (let l = 1; l <= L; l++) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const W = net.weights[l - 1];
      const bias = net.biases[l - 1];
      const kind = layerActivation(net, l);
      denseForwardRows(W, bias, A[l - 1], nIn, n, Z[l], size);
      if (kind === 'softmax') for (let b = 0; b < size; b++) activate(kind, Z[l], A[l], b * n, n);
      else activate(kind, Z[l], A[l], 0, size * n);
    }
  }

  /** Cost, accuracy, the answers (when wanted) and the output δ (when wanted) of every row. */
  function scoreRows(
    size: number,
    withDelta: boolean,
    guesses?: Uint8Array,
    confidence?: Float32Array,
    at = 0,
  ): BatchResult {
    let costSum = 0;
    let correct = 0;
    for (let b = 0; b < size; b++) {
      const off = b * nOut;
      target.fill(0);
      target[labels[b]] = 1;
      costSum += exampleCost(net.cost, net.output, Z[L], A[L], target, off, nOut);
      const guess = argmax(A[L], off, nOut);
      if (guess === labels[b]) correct++;
      if (guesses) guesses[at + b] = guess;
      if (confidence) confidence[at + b] = A[L][off + guess];
      if (withDelta) {
        outputDelta(net.cost, net.output, A[L], target, dCdaOut, D[L], off, nOut);
      }
    }
    return { count: size, costSum, correct };
  }

  /** δ of hidden layers, right to left: δₖ = σ′(zₖ) Σⱼ wⱼₖ δⱼ. */
  function backwardRows(size: number): void {
    const hidden = net.hidden;
    for (let l = L; l >= 2; l--) {
      const dDown = D[l - 1];
      const zDown = Z[l - 1];
      const aDown = A[l - 1];
      backDeltaRows(net.weights[l - 1], D[l], sizes[l - 1], sizes[l], dDown, size);
      const end = size * sizes[l - 1];
      for (let i = 0; i < end; i++) dDown[i] *= slope(hidden, zDown[i], aDown[i]);
    }
  }

  /** W −= (η/B) Σ_b δ_b a_bᵀ and b −= (η/B) Σ_b δ_b, layer by layer. */
  function update(size: number, learningRate: number): void {
    const s = learningRate / size;
    for (let l = 1; l <= L; l++) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      updateLayerRows(net.weights[l - 1], net.biases[l - 1], nIn, n, A[l - 1], D[l], size, s);
    }
  }

  return {
    step(set, order, start, size, learningRate) {
      if (size > maxBatch) throw new RangeError(`batch of ${size} exceeds ${maxBatch}`);
      load(set, (b) => order[start + b], size);
      forwardRows(size);
      const result = scoreRows(size, true);
      backwardRows(size);
      update(size, learningRate);
      return result;
    },
    evaluate(set, start = 0, end = set.count, guesses, confidence) {
      const total: BatchResult = { count: 0, costSum: 0, correct: 0 };
      for (let from = start; from < end; from += maxBatch) {
        const size = Math.min(maxBatch, end - from);
        load(set, (b) => from + b, size);
        forwardRows(size);
        const r = scoreRows(size, false, guesses, confidence, from - start);
        total.count += r.count;
        total.costSum += r.costSum;
        total.correct += r.correct;
      }
      return total;
    },
  };
}
