import { denseForwardRows, updateLayerRows } from '../src/engine/kernels';
import type { Workload } from './stats';

/**
 * The measured ceiling, per phase of a training step: tight loops over Float64Array on a
 * 784-input, 16-neuron layer over 32 examples, data in cache, in the two shapes training has.
 * A mat-vec (z = W x, and δ back through Wᵀ) bounds the forward pass and the hidden δ; a rank-1
 * update (W −= s δ xᵀ) bounds the weight gradients. Each phase times a few loop shapes beside
 * the engine's own kernel (so the ceiling follows the engine when it gets faster, and a slow
 * kernel cannot lower it); per round the fastest loop of each phase is its peak.
 */
export const PHASES = ['mat-vec', 'rank-1'] as const;
export type Phase = (typeof PHASES)[number];

/** Loops are named "phase: shape"; the phase is what the summary groups by. */
export function phaseOf(loop: string): Phase {
  const phase = PHASES.find((p) => loop.startsWith(`${p}: `));
  if (!phase) throw new Error(`ceiling loop "${loop}" names no phase`);
  return phase;
}

const N_IN = 784;
const N_OUT = 16;
const ROWS = 32;
/** Multiply-adds over the weights; the few bias adds and δ scalings are left out. */
const FLOPS_PER_CALL = 2 * N_IN * N_OUT * ROWS;
/** The update's scaled rate, η/B; its sign alternates so the weights do not drift. */
const STEP = 1e-3;

function filled(length: number): Float64Array {
  // Deterministic values in [−0.5, 0.5): no denormals, nothing the JIT can fold.
  return Float64Array.from({ length }, (_, i) => ((i * 2654435761) % 1000) / 1000 - 0.5);
}

/** Four rows per pass over one example: four accumulators share each input load. */
function fourRows(W: Float64Array, X: Float64Array, Z: Float64Array): void {
  for (let b = 0; b < ROWS; b++) {
    const x = b * N_IN;
    for (let j = 0; j < N_OUT; j += 4) {
      const r0 = j * N_IN;
      const r1 = r0 + N_IN;
      const r2 = r1 + N_IN;
      const r3 = r2 + N_IN;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = 0; k < N_IN; k++) {
        const u = X[x + k];
        s0 += W[r0 + k] * u;
        s1 += W[r1 + k] * u;
        s2 += W[r2 + k] * u;
        s3 += W[r3 + k] * u;
      }
      const z = b * N_OUT + j;
      Z[z] = s0;
      Z[z + 1] = s1;
      Z[z + 2] = s2;
      Z[z + 3] = s3;
    }
  }
}

/** Eight rows per pass over one example: eight accumulators, one input load for eight. */
function eightRows(W: Float64Array, X: Float64Array, Z: Float64Array): void {
  for (let b = 0; b < ROWS; b++) {
    const x = b * N_IN;
    for (let j = 0; j < N_OUT; j += 8) {
      const r0 = j * N_IN;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      for (let k = 0; k < N_IN; k++) {
        const u = X[x + k];
        const w = r0 + k;
        s0 += W[w] * u;
        s1 += W[w + N_IN] * u;
        s2 += W[w + 2 * N_IN] * u;
        s3 += W[w + 3 * N_IN] * u;
        s4 += W[w + 4 * N_IN] * u;
        s5 += W[w + 5 * N_IN] * u;
        s6 += W[w + 6 * N_IN] * u;
        s7 += W[w + 7 * N_IN] * u;
      }
      const z = b * N_OUT + j;
      Z[z] = s0;
      Z[z + 1] = s1;
      Z[z + 2] = s2;
      Z[z + 3] = s3;
      Z[z + 4] = s4;
      Z[z + 5] = s5;
      Z[z + 6] = s6;
      Z[z + 7] = s7;
    }
  }
}

/** Two examples × four rows per pass: each weight load serves two examples, each input four rows. */
function twoExamplesFourRows(W: Float64Array, X: Float64Array, Z: Float64Array): void {
  for (let b = 0; b < ROWS; b += 2) {
    const x = b * N_IN;
    const y = x + N_IN;
    for (let j = 0; j < N_OUT; j += 4) {
      const r0 = j * N_IN;
      const r1 = r0 + N_IN;
      const r2 = r1 + N_IN;
      const r3 = r2 + N_IN;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let k = 0; k < N_IN; k++) {
        const u = X[x + k];
        const v = X[y + k];
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
      const z = b * N_OUT + j;
      Z[z] = s0;
      Z[z + 1] = s1;
      Z[z + 2] = s2;
      Z[z + 3] = s3;
      Z[z + N_OUT] = t0;
      Z[z + N_OUT + 1] = t1;
      Z[z + N_OUT + 2] = t2;
      Z[z + N_OUT + 3] = t3;
    }
  }
}

/** W −= s δ xᵀ one example at a time, four rows per pass: each input load serves four rows. */
function rankOneFourRows(W: Float64Array, X: Float64Array, D: Float64Array, s: number): void {
  for (let b = 0; b < ROWS; b++) {
    const x = b * N_IN;
    for (let j = 0; j < N_OUT; j += 4) {
      const e = b * N_OUT + j;
      const p0 = s * D[e];
      const p1 = s * D[e + 1];
      const p2 = s * D[e + 2];
      const p3 = s * D[e + 3];
      const r0 = j * N_IN;
      const r1 = r0 + N_IN;
      const r2 = r1 + N_IN;
      const r3 = r2 + N_IN;
      for (let k = 0; k < N_IN; k++) {
        const u = X[x + k];
        W[r0 + k] -= p0 * u;
        W[r1 + k] -= p1 * u;
        W[r2 + k] -= p2 * u;
        W[r3 + k] -= p3 * u;
      }
    }
  }
}

/** W −= s Σ δ xᵀ four examples per pass over one row: each weight loaded and stored once per four. */
function rankOneFourExamples(W: Float64Array, X: Float64Array, D: Float64Array, s: number): void {
  for (let b = 0; b < ROWS; b += 4) {
    const x0 = b * N_IN;
    const x1 = x0 + N_IN;
    const x2 = x1 + N_IN;
    const x3 = x2 + N_IN;
    for (let j = 0; j < N_OUT; j++) {
      const e = b * N_OUT + j;
      const p0 = s * D[e];
      const p1 = s * D[e + N_OUT];
      const p2 = s * D[e + 2 * N_OUT];
      const p3 = s * D[e + 3 * N_OUT];
      const r = j * N_IN;
      for (let k = 0; k < N_IN; k++) {
        W[r + k] -= p0 * X[x0 + k] + p1 * X[x1 + k] + p2 * X[x2 + k] + p3 * X[x3 + k];
      }
    }
  }
}

/** Each workload returns the FLOPs it did, so a timed round gives FLOP/s. */
export function ceilingWorkloads(): Record<string, Workload> {
  const W = filled(N_IN * N_OUT);
  const bias = filled(N_OUT);
  const X = filled(N_IN * ROWS);
  const Z = new Float64Array(N_OUT * ROWS);
  const delta = filled(N_OUT * ROWS);
  let step = STEP;
  const matVec = (loop: (w: Float64Array, x: Float64Array, z: Float64Array) => void) => () => {
    loop(W, X, Z);
    return FLOPS_PER_CALL;
  };
  const rankOne =
    (loop: (w: Float64Array, x: Float64Array, d: Float64Array, s: number) => void) => () => {
      step = -step;
      loop(W, X, delta, step);
      return FLOPS_PER_CALL;
    };
  return {
    'mat-vec: 4 rows × 1 example': matVec(fourRows),
    'mat-vec: 8 rows × 1 example': matVec(eightRows),
    'mat-vec: 4 rows × 2 examples': matVec(twoExamplesFourRows),
    'mat-vec: engine forward': matVec((w, x, z) =>
      denseForwardRows(w, bias, x, N_IN, N_OUT, z, ROWS),
    ),
    'rank-1: 4 rows × 1 example': rankOne(rankOneFourRows),
    'rank-1: 1 row × 4 examples': rankOne(rankOneFourExamples),
    'rank-1: engine update': rankOne((w, x, d, s) =>
      updateLayerRows(w, bias, N_IN, N_OUT, x, d, ROWS, s),
    ),
  };
}
