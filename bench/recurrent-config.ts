/** What the recurrent engines are measured on, and for how long. */
import type { CellKind, RecurrentSpec } from '../src/engine/recurrent/recurrentModel';
import { CELL_KINDS } from '../src/engine/recurrent/recurrentModel';

export const RECURRENT_CELLS: readonly CellKind[] = CELL_KINDS;

/** Sequential MNIST (28 steps of 28 pixels) into 64 hidden units, 10 classes from the last state. */
export function recurrentSpec(cell: CellKind): RecurrentSpec {
  return { cell, inputSize: 28, hiddenSize: 64, layers: 1, bidirectional: false, classes: 10 };
}

export const RECURRENT_BATCH = 32;

/** Adam as both libraries default it, but ε written out: tfjs would use 1e-7, ours 1e-8. */
export const ADAM = { learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

/**
 * One step takes 7–450 ms here (tfjs CPU's GRU the slowest), so rounds are longer than the
 * MLP's; with two tfjs variants that makes 15 workloads, and this section about 2½ minutes on
 * two cores (3 on a busy machine).
 */
export const RECURRENT_WARMUP_SECONDS = 1.5;
export const RECURRENT_ROUND_SECONDS = 0.6;
export const RECURRENT_ROUNDS = 9;
