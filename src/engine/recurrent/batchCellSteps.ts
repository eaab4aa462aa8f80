import type { CellTape, Scratch } from './batchTape';
import { sigmoid } from './cellMath';
import { addProductNT } from './matrixKernels';
import type { CellParameters } from './recurrentModel';

/**
 * One time step of one cell over the whole batch, forward and backward: the same equations as
 * cellMath.ts, with the U products as (B × H)·(H × rows) matrix products and the gate arithmetic
 * as one pass over the batch's rows. t is the step's time, prev the time of the state it reads
 * (t − 1, or t + 1 for a backward cell), −1 at the cell's first step where h₋₁ = c₋₁ = 0.
 * The step's gates already hold W x_t + b (batchCell.ts adds them for all steps at once).
 */

export function forwardStep(
  cell: CellTape,
  p: CellParameters,
  t: number,
  prev: number,
  size: number,
): void {
  const { H, rows, width, column, out, gates } = cell;
  const g0 = t * size * rows;
  const hPrev0 = prev * size * width + column;
  if (cell.kind === 'gru') {
    gruForwardStep(cell, p, t, prev, size);
    return;
  }
  if (prev >= 0) addProductNT(size, rows, H, out, hPrev0, width, p.U, 0, H, gates, g0, rows);
  if (cell.kind === 'rnn') {
    for (let b = 0; b < size; b++) {
      const gi = g0 + b * rows;
      const hi = (t * size + b) * width + column;
      for (let j = 0; j < H; j++) out[hi + j] = gates[gi + j] = Math.tanh(gates[gi + j]);
    }
    return;
  }
  const c = cell.c as Float64Array;
  const tanhC = cell.tanhC as Float64Array;
  for (let b = 0; b < size; b++) {
    const gi = g0 + b * rows;
    const ci = (t * size + b) * H;
    const cp = (prev * size + b) * H;
    const hi = (t * size + b) * width + column;
    for (let j = 0; j < H; j++) {
      const f = sigmoid(gates[gi + j]);
      const i = sigmoid(gates[gi + H + j]);
      const o = sigmoid(gates[gi + 2 * H + j]);
      const g = Math.tanh(gates[gi + 3 * H + j]);
      gates[gi + j] = f;
      gates[gi + H + j] = i;
      gates[gi + 2 * H + j] = o;
      gates[gi + 3 * H + j] = g;
      const ct = (prev >= 0 ? f * c[cp + j] : 0) + i * g;
      const tc = Math.tanh(ct);
      c[ci + j] = ct;
      tanhC[ci + j] = tc;
      out[hi + j] = o * tc;
    }
  }
}

/** The GRU's forward step: z and r first, since the candidate's U term reads r ⊙ h_{t−1}. */
function gruForwardStep(cell: CellTape, p: CellParameters, t: number, prev: number, size: number) {
  const { H, rows, width, column, out, gates } = cell;
  const g0 = t * size * rows;
  const hPrev0 = prev * size * width + column;
  if (prev >= 0) addProductNT(size, 2 * H, H, out, hPrev0, width, p.U, 0, H, gates, g0, rows);
  const rh = cell.resetState as Float64Array;
  for (let b = 0; b < size; b++) {
    const gi = g0 + b * rows;
    const ri = (t * size + b) * H;
    const hp = hPrev0 + b * width;
    for (let j = 0; j < 2 * H; j++) gates[gi + j] = sigmoid(gates[gi + j]);
    for (let j = 0; j < H; j++) rh[ri + j] = prev >= 0 ? gates[gi + H + j] * out[hp + j] : 0;
  }
  if (prev >= 0)
    addProductNT(size, H, H, rh, t * size * H, H, p.U, 2 * H * H, H, gates, g0 + 2 * H, rows);
  for (let b = 0; b < size; b++) {
    const gi = g0 + b * rows;
    const hi = (t * size + b) * width + column;
    const hp = hPrev0 + b * width;
    for (let j = 0; j < H; j++) {
      const n = Math.tanh(gates[gi + 2 * H + j]);
      const update = gates[gi + j];
      gates[gi + 2 * H + j] = n;
      out[hi + j] = (1 - update) * n + (prev >= 0 ? update * out[hp + j] : 0);
    }
  }
}

/**
 * δ_t for every example from ∂L/∂h_t = dOut_t + carryH (and carryC, the LSTM's ∂L/∂c_t through
 * c_{t+1}); then, when `carry` (the previous step is still in the window), the error that
 * reaches h_{t−1} and c_{t−1} replaces carryH and carryC. scratch.UT must hold Uᵀ.
 */
export function backwardStep(
  cell: CellTape,
  t: number,
  prev: number,
  size: number,
  carry: boolean,
  scratch: Scratch,
): void {
  const { H, rows, width, column, dOut, gates, dz } = cell;
  const { carryH, carryC, UT } = scratch;
  const g0 = t * size * rows;
  if (cell.kind === 'rnn') {
    for (let b = 0; b < size; b++) {
      const gi = g0 + b * rows;
      const hi = (t * size + b) * width + column;
      for (let j = 0; j < H; j++) {
        const a = gates[gi + j];
        dz[gi + j] = (dOut[hi + j] + carryH[b * H + j]) * (1 - a * a);
      }
    }
  } else if (cell.kind === 'lstm') {
    const c = cell.c as Float64Array;
    const tanhC = cell.tanhC as Float64Array;
    for (let b = 0; b < size; b++) {
      const gi = g0 + b * rows;
      const ci = (t * size + b) * H;
      const cp = (prev * size + b) * H;
      const hi = (t * size + b) * width + column;
      for (let j = 0; j < H; j++) {
        const dh = dOut[hi + j] + carryH[b * H + j];
        const f = gates[gi + j];
        const i = gates[gi + H + j];
        const o = gates[gi + 2 * H + j];
        const g = gates[gi + 3 * H + j];
        const tc = tanhC[ci + j];
        const dc = carryC[b * H + j] + dh * o * (1 - tc * tc);
        dz[gi + j] = prev >= 0 ? dc * c[cp + j] * f * (1 - f) : 0;
        dz[gi + H + j] = dc * g * i * (1 - i);
        dz[gi + 2 * H + j] = dh * tc * o * (1 - o);
        dz[gi + 3 * H + j] = dc * i * (1 - g * g);
        carryC[b * H + j] = dc * f;
      }
    }
  } else {
    gruGateErrors(cell, t, prev, size, scratch);
    if (carry) addProductNT(size, H, 2 * H, dz, g0, rows, UT, 0, rows, carryH, 0, H);
    return;
  }
  if (!carry) return;
  carryH.fill(0, 0, size * H);
  addProductNT(size, H, rows, dz, g0, rows, UT, 0, rows, carryH, 0, H);
}

/**
 * The GRU's δ_z, δ_n, then e = U_nᵀ δ_n (the error on r ⊙ h_{t−1}) and δ_r = e ⊙ h_{t−1} ⊙ r(1−r);
 * carryH becomes z ⊙ ∂L/∂h_t + e ⊙ r, the paths to h_{t−1} that bypass U_z and U_r.
 */
function gruGateErrors(cell: CellTape, t: number, prev: number, size: number, scratch: Scratch) {
  const { H, rows, width, column, out, dOut, gates, dz } = cell;
  const { carryH, resetError, UT } = scratch;
  const g0 = t * size * rows;
  const hPrev0 = prev * size * width + column;
  for (let b = 0; b < size; b++) {
    const gi = g0 + b * rows;
    const hi = (t * size + b) * width + column;
    const hp = hPrev0 + b * width;
    for (let j = 0; j < H; j++) {
      const dh = dOut[hi + j] + carryH[b * H + j];
      const update = gates[gi + j];
      const n = gates[gi + 2 * H + j];
      const hPrev = prev >= 0 ? out[hp + j] : 0;
      dz[gi + j] = dh * (hPrev - n) * update * (1 - update);
      dz[gi + 2 * H + j] = dh * (1 - update) * (1 - n * n);
      carryH[b * H + j] = dh * update;
    }
  }
  resetError.fill(0, 0, size * H);
  addProductNT(size, H, H, dz, g0 + 2 * H, rows, UT, 2 * H, rows, resetError, 0, H);
  for (let b = 0; b < size; b++) {
    const gi = g0 + b * rows;
    const hp = hPrev0 + b * width;
    for (let j = 0; j < H; j++) {
      const e = resetError[b * H + j];
      const r = gates[gi + H + j];
      const hPrev = prev >= 0 ? out[hp + j] : 0;
      dz[gi + H + j] = e * hPrev * r * (1 - r);
      carryH[b * H + j] += e * r;
    }
  }
}
