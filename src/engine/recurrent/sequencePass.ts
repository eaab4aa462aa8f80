import type { CellStep } from './cellMath';
import { cellStepBackward, cellStepForward } from './cellMath';
import type { CellParameters, RecurrentModel } from './recurrentModel';
import { GATE_BLOCKS, cloneRecurrentModel, parameterArrays } from './recurrentModel';

/**
 * Truncated BPTT, defined once for both passes. A cell reads T steps in its own direction
 * (forward cells t = 0 … T−1, backward cells t = T−1 … 0); its error enters at its last reading
 * step (the readout, or the layer above). With `truncate: k` the error is carried back through
 * that cell's last min(k, T) reading steps only: forward cells keep t ≥ T−k, backward cells
 * t ≤ k−1. Those steps get their full ∂L/∂z (what reaches them from later kept steps and from
 * the layer above at those steps); earlier steps get ∂L/∂z = 0, so they add nothing to ∂L/∂W,
 * ∂L/∂U, ∂L/∂b, and pass nothing down to the layer below. Step T−k still adds δ h_{T−k−1}ᵀ to
 * ∂L/∂U (h_{T−k−1} is a forward value). Errors the layer above sends to steps outside a cell's
 * window are dropped. Without truncation (or k ≥ T) the gradient is exact.
 */
export function keptSteps(steps: number, truncate: number | undefined): number {
  if (truncate === undefined) return steps;
  if (!(truncate >= 1)) throw new RangeError(`truncate must be at least 1, got ${truncate}`);
  return Math.min(steps, Math.floor(truncate));
}

/** One cell over the sequence. Arrays are indexed by time t, whichever way the cell reads. */
export interface CellRun {
  steps: CellStep[];
  /** Total ∂L/∂h_t, ∂L/∂c_t (LSTM) and ∂L/∂z_t, filled by backpropSequence (0 outside the window). */
  dLdh: Float64Array[];
  dLdc: Float64Array[] | null;
  dLdz: Float64Array[];
}

export interface LayerRun {
  forward: CellRun;
  backward: CellRun | null;
  /** What the layer above reads at step t: h_t, or [forward h_t ; backward h_t]. */
  outputs: Float64Array[];
}

export interface SequenceRun {
  steps: number;
  /** The input x_t of each step (views into the caller's sequence). */
  inputs: Float64Array[];
  layers: LayerRun[];
  /** What the answer reads: the last forward h_{T−1} [; the backward cell's state after step 0]. */
  readout: Float64Array;
  /** V r + c and their softmax. */
  scores: Float64Array;
  probabilities: Float64Array;
}

/** The forward pass of one sequence x (steps × inputSize, time-major), keeping every step. */
export function runSequence(model: RecurrentModel, x: Float64Array, steps: number): SequenceRun {
  if (x.length < steps * model.inputSize) {
    throw new RangeError(`${x.length} values for ${steps} steps of ${model.inputSize}`);
  }
  const inputs = Array.from({ length: steps }, (_, t) =>
    x.subarray(t * model.inputSize, (t + 1) * model.inputSize),
  );
  const layers: LayerRun[] = [];
  let below = inputs;
  for (let l = 0; l < model.layers; l++) {
    const forward = runCell(model, model.forward[l], below, false);
    const backward = model.bidirectional ? runCell(model, model.backward[l], below, true) : null;
    const outputs = forward.steps.map((step, t) =>
      backward ? concat(step.h, backward.steps[t].h) : step.h,
    );
    layers.push({ forward, backward, outputs });
    below = outputs;
  }
  const last = layers[model.layers - 1];
  const finalForward = last.forward.steps[steps - 1].h;
  const readout = last.backward ? concat(finalForward, last.backward.steps[0].h) : finalForward;
  const scores = classScores(model, readout);
  return { steps, inputs, layers, readout, scores, probabilities: softmax(scores) };
}

function runCell(
  model: RecurrentModel,
  p: CellParameters,
  inputs: Float64Array[],
  reversed: boolean,
): CellRun {
  const T = inputs.length;
  const H = model.hiddenSize;
  const lstm = model.cell === 'lstm';
  const steps = new Array<CellStep>(T);
  let h: Float64Array = new Float64Array(H);
  let c: Float64Array | null = lstm ? new Float64Array(H) : null;
  for (let s = 0; s < T; s++) {
    const t = reversed ? T - 1 - s : s;
    const step = cellStepForward(model.cell, p, inputs[t], h, c);
    steps[t] = step;
    h = step.h;
    c = step.c;
  }
  const rows = GATE_BLOCKS[model.cell] * H;
  return {
    steps,
    dLdh: steps.map(() => new Float64Array(H)),
    dLdc: lstm ? steps.map(() => new Float64Array(H)) : null,
    dLdz: steps.map(() => new Float64Array(rows)),
  };
}

/** V r + c. */
function classScores(model: RecurrentModel, r: Float64Array): Float64Array {
  const n = r.length;
  const scores = model.c.slice();
  for (let y = 0; y < model.classes; y++) {
    for (let k = 0; k < n; k++) scores[y] += model.V[y * n + k] * r[k];
  }
  return scores;
}

/** log Σ e^s, shifted by the largest score so nothing overflows. */
export function logSumExp(s: Float64Array): number {
  let top = -Infinity;
  for (let y = 0; y < s.length; y++) top = Math.max(top, s[y]);
  let sum = 0;
  for (let y = 0; y < s.length; y++) sum += Math.exp(s[y] - top);
  return top + Math.log(sum);
}

export function softmax(s: Float64Array): Float64Array {
  const log = logSumExp(s);
  return s.map((v) => Math.exp(v - log));
}

/**
 * BPTT for one labelled sequence: L = −log p_label. Fills the run's ∂L/∂h, ∂L/∂c, ∂L/∂z and
 * returns the gradient shaped like the model (truncated as keptSteps describes when asked).
 */
export function backpropSequence(
  model: RecurrentModel,
  run: SequenceRun,
  label: number,
  truncate?: number,
): { loss: number; gradient: RecurrentModel } {
  const T = run.steps;
  const H = model.hiddenSize;
  const kept = keptSteps(T, truncate);
  const gradient = cloneRecurrentModel(model);
  for (const a of parameterArrays(gradient)) a.fill(0);
  const { readout, probabilities } = run;
  const n = readout.length;
  const dr = new Float64Array(n);
  for (let y = 0; y < model.classes; y++) {
    const dScore = probabilities[y] - (y === label ? 1 : 0);
    gradient.c[y] += dScore;
    for (let k = 0; k < n; k++) {
      gradient.V[y * n + k] += dScore * readout[k];
      dr[k] += model.V[y * n + k] * dScore;
    }
  }
  const width = (l: number) => run.layers[l].outputs[0].length;
  let dOut = run.layers[model.layers - 1].outputs.map(() => new Float64Array(n));
  dOut[T - 1].set(dr.subarray(0, H), 0);
  if (model.bidirectional) dOut[0].set(dr.subarray(H), H);
  for (let l = model.layers - 1; l >= 0; l--) {
    const layer = run.layers[l];
    const dIn = l > 0 ? run.layers[l - 1].outputs.map(() => new Float64Array(width(l - 1))) : null;
    const cells = [
      { cell: layer.forward, p: model.forward[l], g: gradient.forward[l], reversed: false },
      ...(layer.backward
        ? [{ cell: layer.backward, p: model.backward[l], g: gradient.backward[l], reversed: true }]
        : []),
    ];
    for (const [column, { cell, p, g, reversed }] of cells.entries()) {
      let carryH: Float64Array = new Float64Array(H);
      let carryC: Float64Array | null = model.cell === 'lstm' ? new Float64Array(H) : null;
      for (let s = T - 1; s >= T - kept; s--) {
        const t = reversed ? T - 1 - s : s;
        const dh = cell.dLdh[t];
        for (let j = 0; j < H; j++) dh[j] = dOut[t][column * H + j] + carryH[j];
        const back = cellStepBackward(model.cell, p, cell.steps[t], dh, carryC, g, dIn && dIn[t]);
        cell.dLdz[t].set(back.dz);
        if (cell.dLdc && back.dc) cell.dLdc[t].set(back.dc);
        carryH = back.dhPrev;
        carryC = back.dcPrev;
      }
    }
    if (dIn) dOut = dIn;
  }
  return { loss: logSumExp(run.scores) - run.scores[label], gradient };
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
