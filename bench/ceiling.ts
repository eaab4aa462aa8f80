import type { Workload } from './stats';

/**
 * The measured ceiling: tight multiply-add loops over Float64Array shaped like the engine's
 * kernels (a 784-input, 16-neuron layer over 32 examples, independent accumulators, data in
 * cache). The best of them is the peak FLOP rate plain JavaScript reaches on this machine.
 */
const N_IN = 784;
const N_OUT = 16;
const ROWS = 32;
const FLOPS_PER_CALL = 2 * N_IN * N_OUT * ROWS;

function filled(length: number): Float64Array {
  // Deterministic values in [−0.5, 0.5): no denormals, nothing the JIT can fold.
  return Float64Array.from({ length }, (_, i) => ((i * 2654435761) % 1000) / 1000 - 0.5);
}

/** Four neurons per pass over one example: four accumulators share each input load. */
function fourNeuronsOneExample(W: Float64Array, X: Float64Array, Z: Float64Array): void {
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
      Z[b * N_OUT + j] = s0;
      Z[b * N_OUT + j + 1] = s1;
      Z[b * N_OUT + j + 2] = s2;
      Z[b * N_OUT + j + 3] = s3;
    }
  }
}

/** Four neurons × two examples per pass: eight accumulators, each weight load used twice. */
function fourNeuronsTwoExamples(W: Float64Array, X: Float64Array, Z: Float64Array): void {
  for (let b = 0; b < ROWS; b += 2) {
    const x0 = b * N_IN;
    const x1 = x0 + N_IN;
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
      const z0 = b * N_OUT + j;
      const z1 = z0 + N_OUT;
      Z[z0] = s0;
      Z[z0 + 1] = s1;
      Z[z0 + 2] = s2;
      Z[z0 + 3] = s3;
      Z[z1] = t0;
      Z[z1 + 1] = t1;
      Z[z1 + 2] = t2;
      Z[z1 + 3] = t3;
    }
  }
}

/** Each workload returns the FLOPs it did, so a timed round gives FLOP/s. */
export function ceilingWorkloads(): Record<string, Workload> {
  const W = filled(N_IN * N_OUT);
  const X = filled(N_IN * ROWS);
  const Z = new Float64Array(N_OUT * ROWS);
  return {
    '4 neurons × 1 example': () => {
      fourNeuronsOneExample(W, X, Z);
      return FLOPS_PER_CALL;
    },
    '4 neurons × 2 examples': () => {
      fourNeuronsTwoExamples(W, X, Z);
      return FLOPS_PER_CALL;
    },
  };
}
