import type { CellKind, CellParameters } from './recurrentModel';
import { GATE_BLOCKS } from './recurrentModel';

/**
 * One time step of one cell for one example, written as the equations read (recurrentModel.ts
 * gives them): the reference the batched trainer is tested against, and the source of the
 * page's trace. Block g of a gate vector is entries g·H … (g+1)·H − 1.
 */

/** σ(x) = 1 / (1 + e^−x), never exponentiating a large positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** What one step computed, kept for its backward step. */
export interface CellStep {
  x: Float64Array;
  hPrev: Float64Array;
  /** c_{t−1}, LSTM only. */
  cPrev: Float64Array | null;
  /** Pre-activations, blocks·H. */
  z: Float64Array;
  /** Activated gates, blocks·H (rnn: h_t itself). */
  gates: Float64Array;
  h: Float64Array;
  /** c_t, LSTM only. */
  c: Float64Array | null;
  /** r ⊙ h_{t−1}, what the GRU's U_n multiplies; GRU only. */
  resetState: Float64Array | null;
}

export function cellStepForward(
  kind: CellKind,
  p: CellParameters,
  x: Float64Array,
  hPrev: Float64Array,
  cPrev: Float64Array | null,
): CellStep {
  const H = hPrev.length;
  const nIn = x.length;
  const rows = GATE_BLOCKS[kind] * H;
  // The GRU's candidate block reads r ⊙ h_{t−1}, which needs r first: its U term comes later.
  const uRows = kind === 'gru' ? 2 * H : rows;
  const z = new Float64Array(rows);
  for (let j = 0; j < rows; j++) {
    let s = p.b[j];
    for (let k = 0; k < nIn; k++) s += p.W[j * nIn + k] * x[k];
    if (j < uRows) for (let i = 0; i < H; i++) s += p.U[j * H + i] * hPrev[i];
    z[j] = s;
  }
  const gates = new Float64Array(rows);
  const h = new Float64Array(H);
  let c: Float64Array | null = null;
  let resetState: Float64Array | null = null;
  if (kind === 'rnn') {
    for (let j = 0; j < H; j++) h[j] = gates[j] = Math.tanh(z[j]);
  } else if (kind === 'gru') {
    for (let j = 0; j < 2 * H; j++) gates[j] = sigmoid(z[j]);
    const rh = new Float64Array(H);
    for (let i = 0; i < H; i++) rh[i] = gates[H + i] * hPrev[i];
    for (let j = 0; j < H; j++) {
      const row = 2 * H + j;
      let s = z[row];
      for (let i = 0; i < H; i++) s += p.U[row * H + i] * rh[i];
      z[row] = s;
      gates[row] = Math.tanh(s);
      const update = gates[j];
      h[j] = update * hPrev[j] + (1 - update) * gates[row];
    }
    resetState = rh;
  } else {
    for (let j = 0; j < 3 * H; j++) gates[j] = sigmoid(z[j]);
    for (let j = 3 * H; j < 4 * H; j++) gates[j] = Math.tanh(z[j]);
    c = new Float64Array(H);
    for (let j = 0; j < H; j++) {
      c[j] = gates[j] * (cPrev as Float64Array)[j] + gates[H + j] * gates[3 * H + j];
      h[j] = gates[2 * H + j] * Math.tanh(c[j]);
    }
  }
  return { x, hPrev, cPrev, z, gates, h, c, resetState };
}

/** What flows out of one backward step. */
export interface CellStepGradient {
  /** ∂L/∂z_t, blocks·H. */
  dz: Float64Array;
  /** Total ∂L/∂c_t (LSTM), else null. */
  dc: Float64Array | null;
  /** The error reaching h_{t−1} (and c_{t−1}) through this step. */
  dhPrev: Float64Array;
  dcPrev: Float64Array | null;
}

/**
 * The backward step: from the total ∂L/∂h_t (and, for the LSTM, the part of ∂L/∂c_t that came
 * through c_{t+1}) to ∂L/∂z_t; adds δ_t x_tᵀ, δ_t h_{t−1}ᵀ (GRU candidate: δ_n (r ⊙ h_{t−1})ᵀ)
 * and δ_t into grads, and Wᵀ δ_t into dx when given.
 */
export function cellStepBackward(
  kind: CellKind,
  p: CellParameters,
  step: CellStep,
  dh: Float64Array,
  dcFromNext: Float64Array | null,
  grads: CellParameters,
  dx: Float64Array | null,
): CellStepGradient {
  const H = dh.length;
  const { gates, hPrev } = step;
  const rows = GATE_BLOCKS[kind] * H;
  const dz = new Float64Array(rows);
  const dhPrev = new Float64Array(H);
  let dc: Float64Array | null = null;
  let dcPrev: Float64Array | null = null;
  if (kind === 'rnn') {
    for (let j = 0; j < H; j++) dz[j] = dh[j] * (1 - gates[j] * gates[j]);
  } else if (kind === 'gru') {
    for (let j = 0; j < H; j++) {
      const update = gates[j];
      const n = gates[2 * H + j];
      dz[j] = dh[j] * (hPrev[j] - n) * update * (1 - update);
      dz[2 * H + j] = dh[j] * (1 - update) * (1 - n * n);
      dhPrev[j] = dh[j] * update;
    }
    // ∂L/∂(r ⊙ h_{t−1}) = U_nᵀ δ_n, shared by the reset gate and h_{t−1}.
    for (let i = 0; i < H; i++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += p.U[(2 * H + j) * H + i] * dz[2 * H + j];
      const reset = gates[H + i];
      dz[H + i] = s * hPrev[i] * reset * (1 - reset);
      dhPrev[i] += s * reset;
    }
  } else {
    const cPrev = step.cPrev as Float64Array;
    const c = step.c as Float64Array;
    dc = new Float64Array(H);
    dcPrev = new Float64Array(H);
    for (let j = 0; j < H; j++) {
      const [f, i, o, g] = [gates[j], gates[H + j], gates[2 * H + j], gates[3 * H + j]];
      const tc = Math.tanh(c[j]);
      dc[j] = (dcFromNext ? dcFromNext[j] : 0) + dh[j] * o * (1 - tc * tc);
      dz[j] = dc[j] * cPrev[j] * f * (1 - f);
      dz[H + j] = dc[j] * g * i * (1 - i);
      dz[2 * H + j] = dh[j] * tc * o * (1 - o);
      dz[3 * H + j] = dc[j] * i * (1 - g * g);
      dcPrev[j] = dc[j] * f;
    }
  }
  // The blocks whose U reads h_{t−1} directly (all but the GRU candidate) pass Uᵀ δ back.
  const uRows = kind === 'gru' ? 2 * H : rows;
  for (let j = 0; j < uRows; j++) {
    for (let i = 0; i < H; i++) dhPrev[i] += p.U[j * H + i] * dz[j];
  }
  accumulateStepGradient(step, dz, uRows, grads, p, dx);
  return { dz, dc, dhPrev, dcPrev };
}

function accumulateStepGradient(
  step: CellStep,
  dz: Float64Array,
  uRows: number,
  grads: CellParameters,
  p: CellParameters,
  dx: Float64Array | null,
): void {
  const { x, hPrev } = step;
  const nIn = x.length;
  const H = hPrev.length;
  for (let j = 0; j < dz.length; j++) {
    const d = dz[j];
    grads.b[j] += d;
    for (let k = 0; k < nIn; k++) grads.W[j * nIn + k] += d * x[k];
    const read = j < uRows ? hPrev : (step.resetState as Float64Array);
    for (let i = 0; i < H; i++) grads.U[j * H + i] += d * read[i];
    if (dx) for (let k = 0; k < nIn; k++) dx[k] += p.W[j * nIn + k] * d;
  }
}
