import { denseForward } from './network';

/**
 * The multiply-add loops of the batched SGD path (sgd.ts), exported so that the benchmark's
 * FLOP ceiling (bench/ceiling.ts) times the engine's own kernels rather than copies of them.
 * A mini-batch is a matrix with one row per example; W is row-major, one row per neuron.
 */

/**
 * Every network's first layer reads the 28 × 28 pixels (INPUT_SIZE in modelShape.ts), and most
 * of a step's arithmetic is there. Its blocks have that width as a literal: V8 then folds the
 * row offsets into the addresses and keeps more in registers. Measured in the full step, the
 * forward pass ran ~7% and the update ~5% faster than with the width as a parameter; an
 * imported constant gained only half, hence the literal.
 */
const INPUT_WIDTH = 784;

/**
 * Z[b] = W X[b] + bias for rows b < size, two examples × four neurons per block: each weight
 * load serves two examples and each input load four neurons. The neurons past the last four
 * and the odd example are done after the blocks, which stay lean. Every z is summed in the
 * same order as denseForward's, so both paths give the same bits.
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
    for (let j = 0; j < quads; j += 4) {
      if (nIn === INPUT_WIDTH) inputForwardBlock(W, bias, X, n, Z, b, j);
      else forwardBlock(W, bias, X, nIn, n, Z, b, j);
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

/** z of examples b, b + 1 and neurons j … j + 3. */
function forwardBlock(
  W: Float64Array,
  bias: Float64Array,
  X: Float64Array,
  nIn: number,
  n: number,
  Z: Float64Array,
  b: number,
  j: number,
): void {
  const x0 = b * nIn;
  const x1 = x0 + nIn;
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

/** forwardBlock for the input layer, its width the literal. */
function inputForwardBlock(
  W: Float64Array,
  bias: Float64Array,
  X: Float64Array,
  n: number,
  Z: Float64Array,
  b: number,
  j: number,
): void {
  const x0 = b * INPUT_WIDTH;
  const x1 = x0 + INPUT_WIDTH;
  const r0 = j * INPUT_WIDTH;
  const r1 = r0 + INPUT_WIDTH;
  const r2 = r1 + INPUT_WIDTH;
  const r3 = r2 + INPUT_WIDTH;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  for (let k = 0; k < INPUT_WIDTH; k++) {
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

/**
 * G[b] = Wᵀ U[b] for rows b < size, where U holds the δ of the layer above (n neurons) and G
 * gets one sum per input (nIn): four inputs per pass down the neurons, so the four weights
 * read are adjacent and the sums stay in registers. Each sum runs in neuron order.
 */
export function backDeltaRows(
  W: Float64Array,
  U: Float64Array,
  nIn: number,
  n: number,
  G: Float64Array,
  size: number,
): void {
  const quads = nIn - (nIn % 4);
  for (let b = 0; b < size; b++) {
    const up = b * n;
    const row = b * nIn;
    let k = 0;
    for (; k < quads; k += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < n; j++) {
        const d = U[up + j];
        const w = j * nIn + k;
        s0 += W[w] * d;
        s1 += W[w + 1] * d;
        s2 += W[w + 2] * d;
        s3 += W[w + 3] * d;
      }
      G[row + k] = s0;
      G[row + k + 1] = s1;
      G[row + k + 2] = s2;
      G[row + k + 3] = s3;
    }
    for (; k < nIn; k++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += W[j * nIn + k] * U[up + j];
      G[row + k] = s;
    }
  }
}

/**
 * W −= s Σ_b δ_b x_bᵀ and b −= s Σ_b δ_b over one layer. The weights go by blocks of four
 * neurons × four examples, so each weight is loaded and stored once for four multiply-adds and
 * each input load serves four neurons; the examples past the last four go two, then one, at a
 * time, and the neurons past the last four one by one.
 */
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
  const fours = size - (size % 4);
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    for (let b = 0; b < fours; b += 4) {
      if (nIn === INPUT_WIDTH) inputUpdateBlock(W, j, n, X, D, b, s);
      else updateBlock(W, j, nIn, n, X, D, b, s);
    }
    updateQuadRest(W, j, nIn, n, X, D, fours, size, s);
  }
  for (; j < n; j++) updateNeuron(W, j, nIn, n, X, D, size, s);
  for (let i = 0; i < n; i++) {
    let db = 0;
    for (let b = 0; b < size; b++) db += s * D[b * n + i];
    bias[i] -= db;
  }
}

/** Neurons j … j + 3 and examples b … b + 3; pᵢ, qᵢ, gᵢ, hᵢ are the four neurons' scaled δ. */
function updateBlock(
  W: Float64Array,
  j: number,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  b: number,
  s: number,
): void {
  const r0 = j * nIn;
  const r1 = r0 + nIn;
  const r2 = r1 + nIn;
  const r3 = r2 + nIn;
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

/** updateBlock for the input layer, its width the literal. */
function inputUpdateBlock(
  W: Float64Array,
  j: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  b: number,
  s: number,
): void {
  const r0 = j * INPUT_WIDTH;
  const r1 = r0 + INPUT_WIDTH;
  const r2 = r1 + INPUT_WIDTH;
  const r3 = r2 + INPUT_WIDTH;
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
  const x0 = b * INPUT_WIDTH;
  const x1 = x0 + INPUT_WIDTH;
  const x2 = x1 + INPUT_WIDTH;
  const x3 = x2 + INPUT_WIDTH;
  for (let k = 0; k < INPUT_WIDTH; k++) {
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

/** Neurons j … j + 3, examples from … size − 1 (fewer than four): two, then one, per pass. */
function updateQuadRest(
  W: Float64Array,
  j: number,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  from: number,
  size: number,
  s: number,
): void {
  const r0 = j * nIn;
  const r1 = r0 + nIn;
  const r2 = r1 + nIn;
  const r3 = r2 + nIn;
  let b = from;
  if (b + 2 <= size) {
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
    b += 2;
  }
  if (b < size) {
    const e0 = b * n + j;
    const p = s * D[e0];
    const q = s * D[e0 + 1];
    const g = s * D[e0 + 2];
    const h = s * D[e0 + 3];
    const x0 = b * nIn;
    for (let k = 0; k < nIn; k++) {
      const u = X[x0 + k];
      W[r0 + k] -= p * u;
      W[r1 + k] -= q * u;
      W[r2 + k] -= g * u;
      W[r3 + k] -= h * u;
    }
  }
}

/** One neuron j of a layer whose size is not a multiple of four, four examples per pass. */
function updateNeuron(
  W: Float64Array,
  j: number,
  nIn: number,
  n: number,
  X: Float64Array,
  D: Float64Array,
  size: number,
  s: number,
): void {
  const r = j * nIn;
  let b = 0;
  for (; b + 4 <= size; b += 4) {
    const p0 = s * D[b * n + j];
    const p1 = s * D[(b + 1) * n + j];
    const p2 = s * D[(b + 2) * n + j];
    const p3 = s * D[(b + 3) * n + j];
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
    const x0 = b * nIn;
    for (let k = 0; k < nIn; k++) W[r + k] -= p * X[x0 + k];
  }
}
