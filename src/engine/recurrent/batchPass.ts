import { backwardCell, forwardCell } from './batchCell';
import type { BatchTape } from './batchTape';
import { addProductNT } from './matrixKernels';
import type { CellParameters, RecurrentModel } from './recurrentModel';
import { readoutSize } from './recurrentModel';

/**
 * The batched pass over tape.input (sequences already loaded, row t·size + b): every layer's
 * cells forwards, the readout and softmax cross-entropy, and BPTT back to the first layer.
 */

export function forwardBatch(
  model: RecurrentModel,
  tape: BatchTape,
  steps: number,
  size: number,
): void {
  for (let l = 0; l < model.layers; l++) {
    const [forwardTape, backwardTape] = tape.layers[l].cells;
    forwardCell(forwardTape, model.forward[l], steps, size);
    if (backwardTape) forwardCell(backwardTape, model.backward[l], steps, size);
  }
  // r = [forward h_{T−1} ; backward cell's state after reading step 0], then V r + c.
  const { out, width } = tape.layers[model.layers - 1];
  const H = model.hiddenSize;
  const n = readoutSize(model);
  const { readout, scores } = tape;
  for (let b = 0; b < size; b++) {
    readout.set(
      out.subarray(((steps - 1) * size + b) * width, ((steps - 1) * size + b) * width + H),
      b * n,
    );
    if (model.bidirectional) readout.set(out.subarray(b * width + H, b * width + 2 * H), b * n + H);
    scores.set(model.c, b * model.classes);
  }
  addProductNT(size, model.classes, n, readout, 0, n, model.V, 0, n, scores, 0, model.classes);
}

export interface BatchScore {
  costSum: number;
  correct: number;
}

/**
 * −log p_label summed over the batch and the right answers; guesses[at + b] gets each answer
 * when given. With `withGradient`, tape.dScores gets ∂(mean cost)/∂scores = (p − y) / size.
 */
export function scoreBatch(
  model: RecurrentModel,
  tape: BatchTape,
  labels: Uint8Array,
  size: number,
  withGradient: boolean,
  guesses?: Uint8Array,
  at = 0,
): BatchScore {
  const C = model.classes;
  const { scores, dScores } = tape;
  let costSum = 0;
  let correct = 0;
  for (let b = 0; b < size; b++) {
    const o = b * C;
    let best = 0;
    for (let y = 1; y < C; y++) if (scores[o + y] > scores[o + best]) best = y;
    const top = scores[o + best];
    let sum = 0;
    for (let y = 0; y < C; y++) sum += Math.exp(scores[o + y] - top);
    const logSum = top + Math.log(sum);
    const label = labels[b];
    costSum += logSum - scores[o + label];
    if (best === label) correct++;
    if (guesses) guesses[at + b] = best;
    if (withGradient) {
      for (let y = 0; y < C; y++) {
        dScores[o + y] = (Math.exp(scores[o + y] - logSum) - (y === label ? 1 : 0)) / size;
      }
    }
  }
  return { costSum, correct };
}

/**
 * The gradient of the batch's mean cost into `gradient` (shaped like the model, overwritten),
 * from tape.dScores; each cell back-propagates through its last `kept` reading steps.
 */
export function backwardBatch(
  model: RecurrentModel,
  tape: BatchTape,
  gradient: RecurrentModel,
  steps: number,
  size: number,
  kept: number,
): void {
  const M = steps * size;
  for (const layer of tape.layers) layer.dOut.fill(0, 0, M * layer.width);
  readoutBackward(model, tape, gradient, steps, size);
  for (let l = model.layers - 1; l >= 0; l--) {
    const [forwardTape, backwardTape] = tape.layers[l].cells;
    const g = gradient.forward[l];
    clearCell(g);
    backwardCell(forwardTape, model.forward[l], g, steps, size, kept, tape.scratch);
    if (backwardTape) {
      const gb = gradient.backward[l];
      clearCell(gb);
      backwardCell(backwardTape, model.backward[l], gb, steps, size, kept, tape.scratch);
    }
  }
}

function clearCell(g: CellParameters): void {
  g.W.fill(0);
  g.U.fill(0);
  g.b.fill(0);
}

/** ∂/∂c = Σ_b δ_b, ∂/∂V = Σ_b δ_b r_bᵀ, and Vᵀ δ_b into the last layer's dOut. */
function readoutBackward(
  model: RecurrentModel,
  tape: BatchTape,
  gradient: RecurrentModel,
  steps: number,
  size: number,
): void {
  const C = model.classes;
  const H = model.hiddenSize;
  const n = readoutSize(model);
  const { readout, dScores } = tape;
  const { dOut, width } = tape.layers[model.layers - 1];
  gradient.V.fill(0);
  gradient.c.fill(0);
  for (let b = 0; b < size; b++) {
    const last = ((steps - 1) * size + b) * width;
    for (let y = 0; y < C; y++) {
      const d = dScores[b * C + y];
      gradient.c[y] += d;
      const v = y * n;
      for (let k = 0; k < n; k++) gradient.V[v + k] += d * readout[b * n + k];
      for (let k = 0; k < H; k++) dOut[last + k] += d * model.V[v + k];
      // The backward cell's final state is its state at t = 0.
      for (let k = H; k < n; k++) dOut[b * width + k] += d * model.V[v + k];
    }
  }
}
