import type { RecurrentModel } from './recurrentModel';
import type { CellRun } from './sequencePass';
import { backpropSequence, runSequence, softmax } from './sequencePass';

export interface CellTrace {
  /** Per time step t = 0…T−1 (arrays of length T), for this layer's forward cell: */
  h: Float64Array[];
  /** c_t, LSTM only. */
  c: Float64Array[] | null;
  /** Activated gate values, blocks·H in block order (rnn: the tanh output = h_t). */
  gates: Float64Array[];
  /** Pre-activations, blocks·H. */
  z: Float64Array[];
  /** Total ∂L/∂h_t. */
  dLdh: Float64Array[];
  /** Total ∂L/∂c_t (LSTM). */
  dLdc: Float64Array[] | null;
  /** ∂L/∂(pre-activation) at step t, blocks·H. */
  dLdz: Float64Array[];
  /**
   * Frobenius norms of step t's contribution to ∂L/∂W (δ_t x_tᵀ, all blocks) and to ∂L/∂U
   * (δ_t h_{t−1}ᵀ; for GRU's n block (r⊙h₋₁)). Summed over t the matrices make the full gradients.
   */
  contributionW: Float64Array;
  contributionU: Float64Array;
}

export interface RecurrentTrace {
  steps: number;
  /** Per stacked layer. */
  layers: CellTrace[];
  /** softmax(V h_t + c) for the last layer's h_t at each t: the answer if the digit ended there. */
  running: Float64Array[];
  /** = running[T−1]. */
  probabilities: Float64Array;
  label: number;
  loss: number;
}

/**
 * Everything one labelled sequence does to a single-direction model (any number of layers),
 * forward and backward, untruncated. Bidirectional models throw: their answer reads the
 * backward cell's state after the whole sequence, so there is no running answer per step.
 */
export function traceSequence(
  model: RecurrentModel,
  x: Float64Array,
  steps: number,
  label: number,
): RecurrentTrace {
  if (model.bidirectional) throw new RangeError('traceSequence reads single-direction models only');
  const run = runSequence(model, x, steps);
  const { loss } = backpropSequence(model, run, label);
  const last = run.layers[model.layers - 1].forward;
  const running = last.steps.map((step) => {
    const scores = model.c.slice();
    const H = step.h.length;
    for (let y = 0; y < model.classes; y++) {
      for (let k = 0; k < H; k++) scores[y] += model.V[y * H + k] * step.h[k];
    }
    return softmax(scores);
  });
  return {
    steps,
    layers: run.layers.map((layer) => traceCell(layer.forward)),
    running,
    probabilities: run.probabilities,
    label,
    loss,
  };
}

function traceCell(cell: CellRun): CellTrace {
  const { steps } = cell;
  const T = steps.length;
  const contributionW = new Float64Array(T);
  const contributionU = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const { x, hPrev, resetState } = steps[t];
    const dz = cell.dLdz[t];
    // ‖δ vᵀ‖_F = ‖δ‖ ‖v‖; the GRU's candidate rows read r ⊙ h₋₁, the other rows h₋₁.
    contributionW[t] = norm(dz, 0, dz.length) * norm(x, 0, x.length);
    const H = hPrev.length;
    const direct = resetState ? 2 * H : dz.length;
    let u = (norm(dz, 0, direct) * norm(hPrev, 0, H)) ** 2;
    if (resetState) u += (norm(dz, direct, dz.length) * norm(resetState, 0, H)) ** 2;
    contributionU[t] = Math.sqrt(u);
  }
  return {
    h: steps.map((s) => s.h),
    c: steps[0].c ? steps.map((s) => s.c as Float64Array) : null,
    gates: steps.map((s) => s.gates),
    z: steps.map((s) => s.z),
    dLdh: cell.dLdh,
    dLdc: cell.dLdc,
    dLdz: cell.dLdz,
    contributionW,
    contributionU,
  };
}

function norm(v: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}
