import { denseForwardRows, updateLayerRows } from '../src/engine/kernels';
import type { Workload } from './stats';

/**
 * The measured ceiling: tight multiply-add loops over Float64Array on a 784-input, 16-neuron
 * layer over 32 examples, data in cache. The engine's own kernels are timed as they are (so the
 * ceiling follows them when they change), beside one loop of a shape the engine does not use,
 * so that a slow kernel cannot lower the ceiling. The best of them is the peak FLOP rate plain
 * JavaScript reaches on this machine.
 */
const N_IN = 784;
const N_OUT = 16;
const ROWS = 32;
/** Multiply-adds over the weights; the few bias adds and δ scalings are left out. */
const FLOPS_PER_CALL = 2 * N_IN * N_OUT * ROWS;
/** The update kernel's scaled rate, η/B; its sign alternates so the weights do not drift. */
const STEP = 1e-3;

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

/** Each workload returns the FLOPs it did, so a timed round gives FLOP/s. */
export function ceilingWorkloads(): Record<string, Workload> {
  const W = filled(N_IN * N_OUT);
  const bias = filled(N_OUT);
  const X = filled(N_IN * ROWS);
  const Z = new Float64Array(N_OUT * ROWS);
  const delta = filled(N_OUT * ROWS);
  let step = STEP;
  return {
    '4 neurons × 1 example': () => {
      fourNeuronsOneExample(W, X, Z);
      return FLOPS_PER_CALL;
    },
    'engine forward': () => {
      denseForwardRows(W, bias, X, N_IN, N_OUT, Z, ROWS);
      return FLOPS_PER_CALL;
    },
    'engine update': () => {
      step = -step;
      updateLayerRows(W, bias, N_IN, N_OUT, X, delta, ROWS, step);
      return FLOPS_PER_CALL;
    },
  };
}
