import type { DigitSet } from '../engine/dataset';
import type { Network } from '../engine/network';
import { cloneNetwork, copyParameters } from '../engine/network';
import { chanceCost } from '../engine/chance';
import type { TrainingOptions, TrainingRun } from '../engine/training';
import { createTrainingRun, isFiniteNetwork } from '../engine/training';

/** Training runs in slices this long, so pause, probes and snapshots get through in between. */
export const SLICE_MS = 10;
/** Shown statistics are smoothed over roughly this many examples. */
const SMOOTHING_EXAMPLES = 2_000;
/** Divergence is judged on a faster average, so it is caught within a few slices. */
const DIVERGENCE_SMOOTHING_EXAMPLES = 200;
/** Weights from the starts of this many recent slices are kept; divergence restores the oldest. */
const CHECKPOINTS = 8;
/**
 * Training has diverged when the smoothed cost is worse than guessing (chance) and this many
 * times worse than where the run started. Sigmoid and softmax keep the numbers finite, so a
 * too-large step usually shows up as saturated neurons and a cost stuck above chance, not NaN.
 */
const DIVERGENCE_FACTOR = 4;

export interface SliceOutcome {
  diverged: boolean;
  /** True when this slice finished an epoch. */
  epochEnded: boolean;
  /** Smoothed training cost at the end of the slice. */
  loss: number;
}

/** Exponential moving average; the first value seeds it. */
function smooth(average: number, value: number, weight: number): number {
  return Number.isNaN(average) ? value : average + (value - average) * Math.min(1, weight);
}

/**
 * One network training on one set: time-sliced SGD with smoothed loss/accuracy, throughput,
 * and divergence (a non-finite number, or the cost far above where it started and above
 * chance) caught at a slice boundary, which brings back the weights of a few slices before.
 */
export function createTrainingSession(net: Network, train: DigitSet, options: TrainingOptions) {
  const run: TrainingRun = createTrainingRun(net, train, options);
  let ceiling = chanceCost(net);
  let loss = NaN;
  let recentLoss = NaN;
  let accuracy = NaN;
  const checkpoints: Network[] = [];
  let saved = 0;
  let windowExamples = 0;
  let windowMs = 0;

  function record(count: number, costSum: number, correct: number): void {
    const batchLoss = costSum / count;
    if (Number.isNaN(loss)) ceiling = Math.max(ceiling, DIVERGENCE_FACTOR * batchLoss);
    loss = smooth(loss, batchLoss, count / SMOOTHING_EXAMPLES);
    recentLoss = smooth(recentLoss, batchLoss, count / DIVERGENCE_SMOOTHING_EXAMPLES);
    accuracy = smooth(accuracy, correct / count, count / SMOOTHING_EXAMPLES);
  }

  /** Copies the weights into the ring's next slot (buffers reused, no garbage per slice). */
  function checkpoint(): void {
    const slot = checkpoints[saved % CHECKPOINTS];
    if (slot) copyParameters(net, slot);
    else checkpoints.push(cloneNetwork(net));
    saved++;
  }

  /** Steps until the time budget is spent (always at least one step). */
  function slice(budgetMs: number, now: () => number): SliceOutcome {
    checkpoint();
    const epoch = run.epoch;
    const start = now();
    let examples = 0;
    do {
      const r = run.step();
      if (!Number.isFinite(r.costSum)) break;
      record(r.count, r.costSum, r.correct);
      examples += r.count;
      // A slice ends with its epoch, so "one epoch" stops exactly at the boundary.
    } while (now() - start < budgetMs && run.epoch === epoch);
    windowExamples += examples;
    windowMs += now() - start;
    if (!isFiniteNetwork(net) || !(recentLoss <= ceiling)) {
      // The oldest checkpoint: the slot after the newest, or slot 0 before the ring is full.
      copyParameters(checkpoints[saved % checkpoints.length], net);
      saved = 0;
      checkpoints.length = 0;
      const finalLoss = recentLoss;
      loss = NaN;
      recentLoss = NaN;
      accuracy = NaN;
      return { diverged: true, epochEnded: false, loss: finalLoss };
    }
    return { diverged: false, epochEnded: run.epoch !== epoch, loss };
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
