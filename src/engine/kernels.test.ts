import { describe, expect, it } from 'vitest';
import { backDeltaRows, denseForwardRows, updateLayerRows } from './kernels';
import { INPUT_SIZE } from './modelShape';
import { denseForward } from './network';
import { createRng } from './random';

function randomValues(seed: number, length: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => rng.next() - 0.5);
}

// The input layer's width takes its own blocks; the others, and every tail, the general ones.
const WIDTHS = [INPUT_SIZE, 6];
const NEURONS = [1, 4, 6, 9, 16];
const BATCHES = [1, 2, 3, 5, 7, 10];

describe('the batched kernels', () => {
  for (const nIn of WIDTHS) {
    it(`sum z in denseForward's order, so a batch gives each example's bits (${nIn} inputs)`, () => {
      for (const n of NEURONS) {
        for (const size of BATCHES) {
          const W = randomValues(1, n * nIn);
          const bias = randomValues(2, n);
          const X = randomValues(3, size * nIn);
          const Z = new Float64Array(size * n);
          denseForwardRows(W, bias, X, nIn, n, Z, size);
          const one = new Float64Array(n);
          for (let b = 0; b < size; b++) {
            denseForward(W, bias, X, b * nIn, nIn, n, one, 0);
            expect(Array.from(Z.subarray(b * n, (b + 1) * n))).toEqual(Array.from(one));
          }
        }
      }
    });

    it(`take the mean-gradient step on weights and biases (${nIn} inputs)`, () => {
      for (const n of NEURONS) {
        for (const size of BATCHES) {
          const W = randomValues(4, n * nIn);
          const bias = randomValues(5, n);
          const X = randomValues(6, size * nIn);
          const D = randomValues(7, size * n);
          const s = 0.3 / size;
          const expectedW = Float64Array.from(W, (w, i) => {
            const j = Math.floor(i / nIn);
            const k = i % nIn;
            let g = 0;
            for (let b = 0; b < size; b++) g += D[b * n + j] * X[b * nIn + k];
            return w - s * g;
          });
          const expectedBias = Float64Array.from(bias, (v, j) => {
            let g = 0;
            for (let b = 0; b < size; b++) g += D[b * n + j];
            return v - s * g;
          });
          updateLayerRows(W, bias, nIn, n, X, D, size, s);
          W.forEach((w, i) => expect(w).toBeCloseTo(expectedW[i], 14));
          bias.forEach((v, j) => expect(v).toBeCloseTo(expectedBias[j], 14));
        }
      }
    });
  }

  it('send δ back through Wᵀ, each sum in neuron order', () => {
    for (const nIn of [1, 4, 6, 16]) {
      for (const n of [3, 10, 16]) {
        for (const size of [1, 3, 10]) {
          const W = randomValues(8, n * nIn);
          const U = randomValues(9, size * n);
          const G = new Float64Array(size * nIn);
          backDeltaRows(W, U, nIn, n, G, size);
          for (let b = 0; b < size; b++) {
            for (let k = 0; k < nIn; k++) {
              let sum = 0;
              for (let j = 0; j < n; j++) sum += W[j * nIn + k] * U[b * n + j];
              expect(G[b * nIn + k]).toBe(sum);
            }
          }
        }
      }
    }
  });
});
