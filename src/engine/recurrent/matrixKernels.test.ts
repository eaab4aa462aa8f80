import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { addProductNT, transposeInto } from './matrixKernels';

describe('addProductNT', () => {
  // Sizes that exercise the 4 × 4 blocks and every remainder path (rows by two and one, columns one by one).
  for (const [M, N, K] of [
    [1, 1, 1],
    [2, 4, 3],
    [3, 5, 7],
    [6, 9, 2],
    [7, 3, 10],
    [9, 8, 5],
  ]) {
    it(`adds A Bᵀ into C for ${M} × ${N} × ${K} blocks inside larger strided buffers`, () => {
      const rng = createRng(M * 100 + N * 10 + K);
      const [aOff, lda, bOff, ldb, cOff, ldc] = [3, K + 2, 1, K + 5, 2, N + 3];
      const A = Float64Array.from({ length: aOff + M * lda }, () => rng.normal());
      const B = Float64Array.from({ length: bOff + N * ldb }, () => rng.normal());
      const C = Float64Array.from({ length: cOff + M * ldc }, () => rng.normal());
      const expected = C.slice();
      for (let m = 0; m < M; m++) {
        for (let n = 0; n < N; n++) {
          let s = 0;
          for (let k = 0; k < K; k++) s += A[aOff + m * lda + k] * B[bOff + n * ldb + k];
          expected[cOff + m * ldc + n] += s;
        }
      }
      addProductNT(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc);
      C.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 13));
    });
  }
});

describe('transposeInto', () => {
  it('transposes a strided block, across tile edges', () => {
    const [rows, cols, aOff, lda] = [37, 45, 4, 50];
    const A = Float64Array.from({ length: aOff + rows * lda }, (_, i) => i);
    const T = new Float64Array(rows * cols);
    transposeInto(rows, cols, A, aOff, lda, T);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) expect(T[c * rows + r]).toBe(A[aOff + r * lda + c]);
    }
  });
});
