import { activate, slope } from './activations';
import { exampleCost, outputDelta } from './costs';
import type { DigitSet } from './dataset';
import { writeDigitInput } from './dataset';
import type { Network } from './network';
import { argmax, denseForward, layerActivation } from './network';

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
  /** Cost and accuracy over examples [start, end) of a set, weights unchanged. */
  evaluate(set: DigitSet, start?: number, end?: number): BatchResult;
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

  function load(set: DigitSet, index: (b: number) => number, size: number): void {
    for (let b = 0; b < size; b++) {
      const i = index(b);
      writeDigitInput(set, i, A[0], b * sizes[0]);
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
      for (let b = 0; b < size; b++) denseForward(W, bias, A[l - 1], b * nIn, nIn, n, Z[l], b * n);
      if (kind === 'softmax') for (let b = 0; b < size; b++) activate(kind, Z[l], A[l], b * n, n);
      else activate(kind, Z[l], A[l], 0, size * n);
    }
  }

  /** Cost, accuracy and (when wanted) the output δ of every row. */
  function scoreRows(size: number, withDelta: boolean): BatchResult {
    let costSum = 0;
    let correct = 0;
    for (let b = 0; b < size; b++) {
      const off = b * nOut;
      target.fill(0);
      target[labels[b]] = 1;
      costSum += exampleCost(net.cost, net.output, Z[L], A[L], target, off, nOut);
      if (argmax(A[L], off, nOut) === labels[b]) correct++;
      if (withDelta) {
        outputDelta(net.cost, net.output, A[L], target, dCdaOut, D[L], off, nOut);
      }
    }
    return { count: size, costSum, correct };
  }

  /** δ of hidden layers, right to left: δₖ = σ′(zₖ) Σⱼ wⱼₖ δⱼ. */
  function backwardRows(size: number): void {
    for (let l = L; l >= 2; l--) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const W = net.weights[l - 1];
      const dUp = D[l];
      const dDown = D[l - 1];
      const zDown = Z[l - 1];
      const aDown = A[l - 1];
      for (let b = 0; b < size; b++) {
        const row = b * nIn;
        dDown.fill(0, row, row + nIn);
        for (let j = 0; j < n; j++) {
          const d = dUp[b * n + j];
          const wRow = j * nIn;
          for (let k = 0; k < nIn; k++) dDown[row + k] += W[wRow + k] * d;
        }
        for (let k = row; k < row + nIn; k++) dDown[k] *= slope(net.hidden, zDown[k], aDown[k]);
      }
    }
  }

  /** W −= (η/B) Σ_b δ_b a_bᵀ and b −= (η/B) Σ_b δ_b, four examples per pass over a row of W. */
  function update(size: number, learningRate: number): void {
    const s = learningRate / size;
    for (let l = 1; l <= L; l++) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const W = net.weights[l - 1];
      const bias = net.biases[l - 1];
      const X = A[l - 1];
      const Dl = D[l];
      for (let j = 0; j < n; j++) {
        const wRow = j * nIn;
        let db = 0;
        let b = 0;
        for (; b + 4 <= size; b += 4) {
          const d0 = s * Dl[b * n + j];
          const d1 = s * Dl[(b + 1) * n + j];
          const d2 = s * Dl[(b + 2) * n + j];
          const d3 = s * Dl[(b + 3) * n + j];
          db += d0 + d1 + d2 + d3;
          const x0 = b * nIn;
          const x1 = x0 + nIn;
          const x2 = x1 + nIn;
          const x3 = x2 + nIn;
          for (let k = 0; k < nIn; k++) {
            W[wRow + k] -= d0 * X[x0 + k] + d1 * X[x1 + k] + d2 * X[x2 + k] + d3 * X[x3 + k];
          }
        }
        for (; b < size; b++) {
          const d = s * Dl[b * n + j];
          db += d;
          const x0 = b * nIn;
          for (let k = 0; k < nIn; k++) W[wRow + k] -= d * X[x0 + k];
        }
        bias[j] -= db;
      }
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
    evaluate(set, start = 0, end = set.count) {
      const total: BatchResult = { count: 0, costSum: 0, correct: 0 };
      for (let from = start; from < end; from += maxBatch) {
        const size = Math.min(maxBatch, end - from);
        load(set, (b) => from + b, size);
        forwardRows(size);
        const r = scoreRows(size, false);
        total.count += r.count;
        total.costSum += r.costSum;
        total.correct += r.correct;
      }
      return total;
    },
  };
}
