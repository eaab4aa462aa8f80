/**
 * The one matrix product the batched recurrent pass is built on, C += A Bᵀ, where every operand
 * is a row-major block inside a larger buffer (offset + row stride). With Bᵀ the inner loop runs
 * along rows of both A and B, so both stream through memory; products of the other shapes
 * (δ W, δᵀ X) transpose an operand first, which costs one pass over it.
 */

/**
 * C[cOff + m·ldc + n] += Σ_k A[aOff + m·lda + k] · B[bOff + n·ldb + k] for m < M, n < N, k < K.
 * Four rows of A × four rows of B per pass over k: sixteen accumulators, each load serving four
 * products (denseForwardRows in kernels.ts does two × four; four × four measured ~10% faster
 * here). The rows past the last four go two, then one, at a time.
 */
export function addProductNT(
  M: number,
  N: number,
  K: number,
  A: Float64Array,
  aOff: number,
  lda: number,
  B: Float64Array,
  bOff: number,
  ldb: number,
  C: Float64Array,
  cOff: number,
  ldc: number,
): void {
  const fours = M - (M % 4);
  for (let m = 0; m < fours; m += 4) {
    fourRows(N, K, A, aOff + m * lda, lda, B, bOff, ldb, C, cOff + m * ldc, ldc);
  }
  let m = fours;
  if (M - m >= 2) {
    twoRows(N, K, A, aOff + m * lda, lda, B, bOff, ldb, C, cOff + m * ldc, ldc);
    m += 2;
  }
  if (m < M) oneRow(N, K, A, aOff + m * lda, B, bOff, ldb, C, cOff + m * ldc);
}

function fourRows(
  N: number,
  K: number,
  A: Float64Array,
  a0: number,
  lda: number,
  B: Float64Array,
  bOff: number,
  ldb: number,
  C: Float64Array,
  c0: number,
  ldc: number,
): void {
  const a1 = a0 + lda;
  const a2 = a1 + lda;
  const a3 = a2 + lda;
  const c1 = c0 + ldc;
  const c2 = c1 + ldc;
  const c3 = c2 + ldc;
  const quads = N - (N % 4);
  for (let n = 0; n < quads; n += 4) {
    const b0 = bOff + n * ldb;
    const b1 = b0 + ldb;
    const b2 = b1 + ldb;
    const b3 = b2 + ldb;
    let s00 = 0;
    let s01 = 0;
    let s02 = 0;
    let s03 = 0;
    let s10 = 0;
    let s11 = 0;
    let s12 = 0;
    let s13 = 0;
    let s20 = 0;
    let s21 = 0;
    let s22 = 0;
    let s23 = 0;
    let s30 = 0;
    let s31 = 0;
    let s32 = 0;
    let s33 = 0;
    for (let k = 0; k < K; k++) {
      const w0 = B[b0 + k];
      const w1 = B[b1 + k];
      const w2 = B[b2 + k];
      const w3 = B[b3 + k];
      const u0 = A[a0 + k];
      s00 += u0 * w0;
      s01 += u0 * w1;
      s02 += u0 * w2;
      s03 += u0 * w3;
      const u1 = A[a1 + k];
      s10 += u1 * w0;
      s11 += u1 * w1;
      s12 += u1 * w2;
      s13 += u1 * w3;
      const u2 = A[a2 + k];
      s20 += u2 * w0;
      s21 += u2 * w1;
      s22 += u2 * w2;
      s23 += u2 * w3;
      const u3 = A[a3 + k];
      s30 += u3 * w0;
      s31 += u3 * w1;
      s32 += u3 * w2;
      s33 += u3 * w3;
    }
    C[c0 + n] += s00;
    C[c0 + n + 1] += s01;
    C[c0 + n + 2] += s02;
    C[c0 + n + 3] += s03;
    C[c1 + n] += s10;
    C[c1 + n + 1] += s11;
    C[c1 + n + 2] += s12;
    C[c1 + n + 3] += s13;
    C[c2 + n] += s20;
    C[c2 + n + 1] += s21;
    C[c2 + n + 2] += s22;
    C[c2 + n + 3] += s23;
    C[c3 + n] += s30;
    C[c3 + n + 1] += s31;
    C[c3 + n + 2] += s32;
    C[c3 + n + 3] += s33;
  }
  for (let n = quads; n < N; n++) {
    const b0 = bOff + n * ldb;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < K; k++) {
      const w = B[b0 + k];
      s0 += A[a0 + k] * w;
      s1 += A[a1 + k] * w;
      s2 += A[a2 + k] * w;
      s3 += A[a3 + k] * w;
    }
    C[c0 + n] += s0;
    C[c1 + n] += s1;
    C[c2 + n] += s2;
    C[c3 + n] += s3;
  }
}

function twoRows(
  N: number,
  K: number,
  A: Float64Array,
  a0: number,
  lda: number,
  B: Float64Array,
  bOff: number,
  ldb: number,
  C: Float64Array,
  c0: number,
  ldc: number,
): void {
  const a1 = a0 + lda;
  const c1 = c0 + ldc;
  for (let n = 0; n < N; n++) {
    const b0 = bOff + n * ldb;
    let s = 0;
    let t = 0;
    for (let k = 0; k < K; k++) {
      const w = B[b0 + k];
      s += A[a0 + k] * w;
      t += A[a1 + k] * w;
    }
    C[c0 + n] += s;
    C[c1 + n] += t;
  }
}

function oneRow(
  N: number,
  K: number,
  A: Float64Array,
  a0: number,
  B: Float64Array,
  bOff: number,
  ldb: number,
  C: Float64Array,
  c0: number,
): void {
  for (let n = 0; n < N; n++) {
    const b0 = bOff + n * ldb;
    let s = 0;
    for (let k = 0; k < K; k++) s += A[a0 + k] * B[b0 + k];
    C[c0 + n] += s;
  }
}

/** T[c·rows + r] = A[aOff + r·lda + c]: the rows × cols block of A, transposed into T. */
export function transposeInto(
  rows: number,
  cols: number,
  A: Float64Array,
  aOff: number,
  lda: number,
  T: Float64Array,
): void {
  // Tiles keep both the rows read and the rows written in cache.
  const TILE = 32;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) {
        const from = aOff + r * lda;
        for (let c = c0; c < c1; c++) T[c * rows + r] = A[from + c];
      }
    }
  }
}
