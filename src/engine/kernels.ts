import { denseForward } from './network';

/**
 * The multiply-add loops of the batched SGD path (sgd.ts), exported so that the benchmark's
 * FLOP ceiling (bench/ceiling.ts) times the engine's own kernels rather than copies of them.
 * A mini-batch is a matrix with one row per example; W is row-major, one row per neuron.
 */

/**
 * Z[b] = W X[b] + bias for rows b < size, two examples × four neurons per pass over the inputs:
 * each weight load serves two examples and each input load four neurons. The neurons past the
 * last four and the odd example are done after the main loops, which stay lean. Every z is
 * summed in the same order as denseForward's, so both paths give the same bits.
 */
export function denseForwardRows(
  W: Float64Array,
  bias: Float64Array,
  X: Float64Array,
  nIn: number,
  n: number,
  Z: Float64Array,
  size: number,
): void {
  const pairs = size - (size % 2);
  const quads = n - (n % 4);
  for (let b = 0; b < pairs; b += 2) {
    const x0 = b * nIn;
    const x1 = x0 + nIn;
    for (let j = 0; j < quads; j += 4) {
      const r0 = j * nIn;
      const r1 = r0 + nIn;
      const r2 = r1 + nIn;
      const r3 = r2 + nIn;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let k = 0; k < nIn; k++) {
        const u = X[x0 + k];
        const v = X[x1 + k];
        const w0 = W[r0 + k];
        const w1 = W[r1 + k];
        const w2 = W[r2 + k];
        const w3 = W[r3 + k];
        s0 += w0 * u;
        s1 += w1 * u;
        s2 += w2 * u;
        s3 += w3 * u;
        t0 += w0 * v;
        t1 += w1 * v;
        t2 += w2 * v;
        t3 += w3 * v;
      }
      const z0 = b * n + j;
      const z1 = z0 + n;
      Z[z0] = s0 + bias[j];
      Z[z0 + 1] = s1 + bias[j + 1];
      Z[z0 + 2] = s2 + bias[j + 2];
      Z[z0 + 3] = s3 + bias[j + 3];
      Z[z1] = t0 + bias[j];
      Z[z1 + 1] = t1 + bias[j + 1];
      Z[z1 + 2] = t2 + bias[j + 2];
      Z[z1 + 3] = t3 + bias[j + 3];
    }
  }
  for (let b = 0; b < pairs; b++) {
    const x = b * nIn;
    for (let j = quads; j < n; j++) {
      const r = j * nIn;
      let s = 0;
      for (let k = 0; k < nIn; k++) s += W[r + k] * X[x + k];
      Z[b * n + j] = s + bias[j];
    }
  }
  if (pairs < size) denseForward(W, bias, X, pairs * nIn, nIn, n, Z, pairs * n);
}

/** W −= s Σ_b δ_b x_bᵀ and b −= s Σ_b δ_b over one layer: neurons by fours, then one by one. */
export function updateLayerRows(
  W: Float64Array,
  bias: Float64Array,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  size: number,
  s: number,
): void {
  let j = 0;
  for (; j + 4 <= n; j += 4) updateNeuronQuad(W, bias, j, nIn, n, X, D, size, s);
  for (; j < n; j++) updateNeuron(W, bias, j, nIn, n, X, D, size, s);
}

/**
 * Neurons j … j + 3: w −= s Σ_b δ_b x_bᵀ and b −= s Σ_b δ_b, four examples per pass over the
 * four rows (two or one for the last few), so each weight is loaded and stored once for up to
 * four multiply-adds and each input load serves four neurons.
 */
function updateNeuronQuad(
  W: Float64Array,
  bias: Float64Array,
  j: number,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  size: number,
  s: number,
): void {
  const r0 = j * nIn;
  const r1 = r0 + nIn;
  const r2 = r1 + nIn;
  const r3 = r2 + nIn;
  let db0 = 0;
  let db1 = 0;
  let db2 = 0;
  let db3 = 0;
  let b = 0;
  for (; b + 4 <= size; b += 4) {
    // pᵢ, qᵢ, gᵢ, hᵢ: the scaled δ of neurons j … j + 3 for example b + i.
    const e0 = b * n + j;
    const e1 = e0 + n;
    const e2 = e1 + n;
    const e3 = e2 + n;
    const p0 = s * D[e0];
    const p1 = s * D[e1];
    const p2 = s * D[e2];
    const p3 = s * D[e3];
    const q0 = s * D[e0 + 1];
    const q1 = s * D[e1 + 1];
    const q2 = s * D[e2 + 1];
    const q3 = s * D[e3 + 1];
    const g0 = s * D[e0 + 2];
    const g1 = s * D[e1 + 2];
    const g2 = s * D[e2 + 2];
    const g3 = s * D[e3 + 2];
    const h0 = s * D[e0 + 3];
    const h1 = s * D[e1 + 3];
    const h2 = s * D[e2 + 3];
    const h3 = s * D[e3 + 3];
    db0 += p0 + p1 + p2 + p3;
    db1 += q0 + q1 + q2 + q3;
    db2 += g0 + g1 + g2 + g3;
    db3 += h0 + h1 + h2 + h3;
    const x0 = b * nIn;
    const x1 = x0 + nIn;
    const x2 = x1 + nIn;
    const x3 = x2 + nIn;
    for (let k = 0; k < nIn; k++) {
      const u0 = X[x0 + k];
      const u1 = X[x1 + k];
      const u2 = X[x2 + k];
      const u3 = X[x3 + k];
      W[r0 + k] -= p0 * u0 + p1 * u1 + p2 * u2 + p3 * u3;
      W[r1 + k] -= q0 * u0 + q1 * u1 + q2 * u2 + q3 * u3;
      W[r2 + k] -= g0 * u0 + g1 * u1 + g2 * u2 + g3 * u3;
      W[r3 + k] -= h0 * u0 + h1 * u1 + h2 * u2 + h3 * u3;
    }
  }
  for (; b + 2 <= size; b += 2) {
    const e0 = b * n + j;
    const e1 = e0 + n;
    const p0 = s * D[e0];
    const p1 = s * D[e1];
    const q0 = s * D[e0 + 1];
    const q1 = s * D[e1 + 1];
    const g0 = s * D[e0 + 2];
    const g1 = s * D[e1 + 2];
    const h0 = s * D[e0 + 3];
    const h1 = s * D[e1 + 3];
    db0 += p0 + p1;
    db1 += q0 + q1;
    db2 += g0 + g1;
    db3 += h0 + h1;
    const x0 = b * nIn;
    const x1 = x0 + nIn;
    for (let k = 0; k < nIn; k++) {
      const u0 = X[x0 + k];
      const u1 = X[x1 + k];
      W[r0 + k] -= p0 * u0 + p1 * u1;
      W[r1 + k] -= q0 * u0 + q1 * u1;
      W[r2 + k] -= g0 * u0 + g1 * u1;
      W[r3 + k] -= h0 * u0 + h1 * u1;
    }
  }
  if (b < size) {
    const e0 = b * n + j;
    const p = s * D[e0];
    const q = s * D[e0 + 1];
    const g = s * D[e0 + 2];
    const h = s * D[e0 + 3];
    db0 += p;
    db1 += q;
    db2 += g;
    db3 += h;
    const x0 = b * nIn;
    for (let k = 0; k < nIn; k++) {
      const u = X[x0 + k];
      W[r0 + k] -= p * u;
      W[r1 + k] -= q * u;
      W[r2 + k] -= g * u;
      W[r3 + k] -= h * u;
    }
  }
  bias[j] -= db0;
  bias[j + 1] -= db1;
  bias[j + 2] -= db2;
  bias[j + 3] -= db3;
}

/** One neuron j of a layer whose size is not a multiple of four, four examples per pass. */
function updateNeuron(
  W: Float64Array,
  bias: Float64Array,
  j: number,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  size: number,
  s: number,
): void {
  const r = j * nIn;
  let db = 0;
  let b = 0;
  for (; b + 4 <= size; b += 4) {
    const p0 = s * D[b * n + j];
    const p1 = s * D[(b + 1) * n + j];
    const p2 = s * D[(b + 2) * n + j];
    const p3 = s * D[(b + 3) * n + j];
    db += p0 + p1 + p2 + p3;
    const x0 = b * nIn;
    const x1 = x0 + nIn;
    const x2 = x1 + nIn;
    const x3 = x2 + nIn;
    for (let k = 0; k < nIn; k++) {
      W[r + k] -= p0 * X[x0 + k] + p1 * X[x1 + k] + p2 * X[x2 + k] + p3 * X[x3 + k];
    }
  }
  for (; b < size; b++) {
    const p = s * D[b * n + j];
    db += p;
    const x0 = b * nIn;
    for (let k = 0; k < nIn; k++) W[r + k] -= p * X[x0 + k];
  }
  bias[j] -= db;
}
