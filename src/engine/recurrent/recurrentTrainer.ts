import { backwardBatch, forwardBatch, scoreBatch } from './batchPass';
import type { BatchTape } from './batchTape';
import { createBatchTape } from './batchTape';
import type { Optimizer } from './optimizer';
import { clipGradientNorm } from './optimizer';
import type { RecurrentModel } from './recurrentModel';
import { cloneRecurrentModel, parameterArrays } from './recurrentModel';
import type { SequenceSet } from './sequences';
import { keptSteps } from './sequencePass';

export interface RecurrentBatchResult {
  count: number;
  costSum: number;
  correct: number;
  gradientNorm: number;
}

export interface RecurrentTrainerOptions {
  maxBatch: number;
  optimizer: Optimizer;
  /** Scale the batch gradient down to this global L2 norm when it is longer. */
  clipNorm?: number;
  /** Truncated BPTT through each cell's last k steps (sequencePass.ts keptSteps). */
  truncate?: number;
}

export interface RecurrentTrainer {
  readonly model: RecurrentModel;
  /**
   * One optimiser step on the mean gradient of examples order[start … start+size−1] (clipped to
   * clipNorm when given). Result: how the batch scored BEFORE the update; gradientNorm = the
   * norm before clipping.
   */
  step(
    set: SequenceSet,
    order: ArrayLike<number>,
    start: number,
    size: number,
  ): RecurrentBatchResult;
  /**
   * Scores examples start…end−1 (defaults: the whole set) in batches of maxBatch, no update;
   * gradientNorm 0. guesses[i−start] receives each predicted class when given.
   */
  evaluate(
    set: SequenceSet,
    start?: number,
    end?: number,
    guesses?: Uint8Array,
  ): RecurrentBatchResult;
}

/**
 * The training path: mini-batches through the batched pass (batchPass.ts) on a tape allocated
 * once and grown only when a longer sequence set arrives. The trainer keeps references to the
 * model's parameter arrays: load new weights with .set(), not by replacing the arrays.
 */
export function createRecurrentTrainer(
  model: RecurrentModel,
  options: RecurrentTrainerOptions,
): RecurrentTrainer {
  const { maxBatch, optimizer, clipNorm, truncate } = options;
  if (!(maxBatch >= 1)) throw new RangeError(`maxBatch must be at least 1, got ${maxBatch}`);
  if (model.inputSize < 1) throw new RangeError('the model reads no input');
  const params = parameterArrays(model);
  const gradient = cloneRecurrentModel(model);
  const grads = parameterArrays(gradient);
  const labels = new Uint8Array(maxBatch);
  let tape: BatchTape | null = null;
  let example = new Float64Array(0);

  /** Examples index(0 … size−1) into the tape, time-major: row t·size + b. */
  function load(set: SequenceSet, index: (b: number) => number, size: number): BatchTape {
    if (set.inputSize !== model.inputSize) {
      throw new RangeError(`sequences of ${set.inputSize} values, model reads ${model.inputSize}`);
    }
    if (size > maxBatch) throw new RangeError(`batch of ${size} exceeds ${maxBatch}`);
    if (!tape || tape.steps < set.steps) tape = createBatchTape(model, maxBatch, set.steps);
    const n = set.inputSize;
    if (example.length < set.steps * n) example = new Float64Array(set.steps * n);
    const input = tape.input;
    for (let b = 0; b < size; b++) {
      const i = index(b);
      set.write(i, example, 0);
      labels[b] = set.labels[i];
      for (let t = 0; t < set.steps; t++) {
        input.set(example.subarray(t * n, (t + 1) * n), (t * size + b) * n);
      }
    }
    return tape;
  }

  return {
    model,
    step(set, order, start, size) {
      const t = load(set, (b) => order[start + b], size);
      forwardBatch(model, t, set.steps, size);
      const { costSum, correct } = scoreBatch(model, t, labels, size, true);
      backwardBatch(model, t, gradient, set.steps, size, keptSteps(set.steps, truncate));
      const gradientNorm =
        clipNorm === undefined ? globalNorm(grads) : clipGradientNorm(grads, clipNorm);
      optimizer.apply(params, grads);
      return { count: size, costSum, correct, gradientNorm };
    },
    evaluate(set, start = 0, end = set.count, guesses) {
      const total: RecurrentBatchResult = { count: 0, costSum: 0, correct: 0, gradientNorm: 0 };
      for (let from = start; from < end; from += maxBatch) {
        const size = Math.min(maxBatch, end - from);
        const t = load(set, (b) => from + b, size);
        forwardBatch(model, t, set.steps, size);
        const r = scoreBatch(model, t, labels, size, false, guesses, from - start);
        total.count += size;
        total.costSum += r.costSum;
        total.correct += r.correct;
      }
      return total;
    },
  };
}

function globalNorm(grads: readonly Float64Array[]): number {
  let sum = 0;
  for (const g of grads) for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
  return Math.sqrt(sum);
}
