import { backwardStep, forwardStep } from './batchCellSteps';
import type { CellTape, Scratch } from './batchTape';
import { addProductNT, transposeInto } from './matrixKernels';
import type { CellParameters } from './recurrentModel';

/**
 * One cell over a batch of sequences. Forward: W x_t + b for every step in one (T·B) × nIn by
 * nIn × rows product (it does not depend on time), then the steps in reading order. Backward:
 * the steps in reverse reading order produce δ_t; the weight gradients are then products over
 * all the window's rows at once, Σ_t δ_tᵀ x_t and Σ_t δ_tᵀ h_{t−1}, instead of one per step.
 */

/** Time of reading step s, and of the state it reads (−1 at the first step). */
function timeOf(cell: CellTape, s: number, steps: number): number {
  return cell.reversed ? steps - 1 - s : s;
}

export function forwardCell(cell: CellTape, p: CellParameters, steps: number, size: number): void {
  const { rows, nIn, gates, input } = cell;
  const M = steps * size;
  for (let m = 0; m < M; m++) gates.set(p.b, m * rows);
  addProductNT(M, rows, nIn, input, 0, nIn, p.W, 0, nIn, gates, 0, rows);
  for (let s = 0; s < steps; s++) {
    const prev = s === 0 ? -1 : timeOf(cell, s - 1, steps);
    forwardStep(cell, p, timeOf(cell, s, steps), prev, size);
  }
}

/**
 * BPTT through the cell's last `kept` reading steps (sequencePass.ts keptSteps defines the
 * truncation): adds the batch's ∂L/∂W, ∂L/∂U, ∂L/∂b into g and ∂L/∂input into cell.dInput.
 * cell.dOut must hold the error the readout or the layer above sends to each h_t.
 */
export function backwardCell(
  cell: CellTape,
  p: CellParameters,
  g: CellParameters,
  steps: number,
  size: number,
  kept: number,
  scratch: Scratch,
): void {
  const { H, rows, nIn, dz, input, dInput } = cell;
  const { carryH, carryC, UT, WT, DT, XT } = scratch;
  transposeInto(rows, H, p.U, 0, H, UT);
  carryH.fill(0, 0, size * H);
  carryC.fill(0, 0, size * H);
  const first = steps - kept;
  for (let s = steps - 1; s >= first; s--) {
    const prev = s === 0 ? -1 : timeOf(cell, s - 1, steps);
    backwardStep(cell, timeOf(cell, s, steps), prev, size, s > first, scratch);
  }
  // The window's steps are contiguous in time: t ≥ T − kept forwards, t < kept backwards.
  const r0 = (cell.reversed ? 0 : first) * size;
  const Mw = kept * size;
  transposeInto(Mw, rows, dz, r0 * rows, rows, DT);
  for (let j = 0; j < rows; j++) {
    let s = 0;
    for (let m = j * Mw, end = m + Mw; m < end; m++) s += DT[m];
    g.b[j] += s;
  }
  transposeInto(Mw, nIn, input, r0 * nIn, nIn, XT);
  addProductNT(rows, nIn, Mw, DT, 0, Mw, XT, 0, Mw, g.W, 0, nIn);
  addRecurrentGradient(cell, g, steps, size, kept, scratch);
  if (dInput) {
    transposeInto(rows, nIn, p.W, 0, nIn, WT);
    addProductNT(Mw, nIn, rows, dz, r0 * rows, rows, WT, 0, rows, dInput, r0 * nIn, nIn);
  }
}

/**
 * ∂L/∂U += Σ δ_tᵀ h_{t−1} over the window's steps that have a previous state (all but the
 * cell's very first step, whose h₋₁ = 0); the GRU's candidate rows read r_t ⊙ h_{t−1} instead.
 * Expects scratch.DT to hold the window's δᵀ.
 */
function addRecurrentGradient(
  cell: CellTape,
  g: CellParameters,
  steps: number,
  size: number,
  kept: number,
  scratch: Scratch,
): void {
  const { H, rows, width, column, out, reversed } = cell;
  const { DT, XT } = scratch;
  const pairs = kept === steps ? kept - 1 : kept;
  if (pairs === 0) return;
  const Mw = kept * size;
  const Mu = pairs * size;
  // Forwards the pairs are the window's last steps, reading t − 1; backwards its first, reading t + 1.
  const firstPair = reversed ? 0 : steps - pairs;
  const firstPrev = reversed ? 1 : steps - pairs - 1;
  const column0 = (kept - pairs) * size * (reversed ? 0 : 1);
  transposeInto(Mu, H, out, firstPrev * size * width + column, width, XT);
  const uRows = cell.kind === 'gru' ? 2 * H : rows;
  addProductNT(uRows, H, Mu, DT, column0, Mw, XT, 0, Mu, g.U, 0, H);
  if (cell.resetState) {
    transposeInto(Mu, H, cell.resetState, firstPair * size * H, H, XT);
    addProductNT(H, H, Mu, DT, 2 * H * Mw + column0, Mw, XT, 0, Mu, g.U, 2 * H * H, H);
  }
}
