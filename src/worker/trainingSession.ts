import type { DigitSet } from '../engine/dataset';
import type { Network } from '../engine/network';
import { cloneNetwork } from '../engine/network';
import { chanceCost } from '../engine/chance';
import type { TrainingOptions, TrainingRun } from '../engine/training';
import { createTrainingRun, isFiniteNetwork } from '../engine/training';

/** Training runs in slices this long, so pause, probes and snapshots get through in between. */
export const SLICE_MS = 10;
/** Batch statistics are smoothed over roughly this many examples. */
const SMOOTHING_EXAMPLES = 2_000;
/**
 * A cost this many times above both the starting cost and chance counts as diverged. Sigmoid
 * and softmax keep the numbers finite, so an exploding step rarely shows up as NaN.
 */
const DIVERGENCE_FACTOR = 4;

export interface SliceOutcome {
  diverged: boolean;
  /** True when this slice finished an epoch. */
  epochEnded: boolean;
}

/**
 * One network training on one set: time-sliced SGD with smoothed loss/accuracy, throughput,
 * and divergence (a non-finite number, or the cost far above where it started and above
 * chance) caught at the slice boundary, where the weights from before the slice come back.
 */
export function createTrainingSession(net: Network, train: DigitSet, options: TrainingOptions) {
  const run: TrainingRun = createTrainingRun(net, train, options);
  let ceiling = DIVERGENCE_FACTOR * chanceCost(net);
  let loss = NaN;
  let accuracy = NaN;
  let windowExamples = 0;
  let windowMs = 0;

  function record(count: number, costSum: number, correct: number): void {
    const weight = Math.min(1, count / SMOOTHING_EXAMPLES);
    const batchLoss = costSum / count;
    const batchAccuracy = correct / count;
    if (Number.isNaN(loss)) ceiling = Math.max(ceiling, DIVERGENCE_FACTOR * batchLoss);
    loss = Number.isNaN(loss) ? batchLoss : loss + (batchLoss - loss) * weight;
    accuracy = Number.isNaN(accuracy)
      ? batchAccuracy
      : accuracy + (batchAccuracy - accuracy) * weight;
  }

  /** Steps until the time budget is spent (always at least one step). */
  function slice(budgetMs: number, now: () => number): SliceOutcome {
    const before = cloneNetwork(net);
    const epoch = run.epoch;
    const start = now();
    let examples = 0;
    do {
      const r = run.step();
      if (!Number.isFinite(r.costSum)) break;
      record(r.count, r.costSum, r.correct);
      examples += r.count;
    } while (now() - start < budgetMs);
    windowExamples += examples;
    windowMs += now() - start;
    if (!isFiniteNetwork(net) || !(loss <= ceiling)) {
      for (let l = 0; l < net.weights.length; l++) {
        net.weights[l].set(before.weights[l]);
        net.biases[l].set(before.biases[l]);
      }
      loss = NaN;
      accuracy = NaN;
      return { diverged: true, epochEnded: false };
    }
    return { diverged: false, epochEnded: run.epoch !== epoch };
  }

  return {
    run,
    slice,
    /** Smoothed statistics, and the examples/s since the last call. */
    takeStats() {
      const examplesPerSecond = windowMs > 0 ? (windowExamples / windowMs) * 1000 : 0;
      windowExamples = 0;
      windowMs = 0;
      return { loss, trainAccuracy: accuracy, examplesPerSecond };
    },
  };
}

export type TrainingSession = ReturnType<typeof createTrainingSession>;
