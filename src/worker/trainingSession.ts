import type { DigitSet } from '../engine/dataset';
import { sliceDigits } from '../engine/dataset';
import type { Network } from '../engine/network';
import type { TrainingOptions, TrainingRun } from '../engine/training';
import { createTrainingRun } from '../engine/training';
import { createDivergenceGuard } from './divergenceGuard';

/** Training runs in slices this long, so pause, probes and snapshots get through in between. */
export const SLICE_MS = 10;
/** Shown statistics are smoothed over roughly this many examples. */
const SMOOTHING_EXAMPLES = 2_000;
/** Divergence is judged on a faster average, so it is caught within a few slices. */
const DIVERGENCE_SMOOTHING_EXAMPLES = 200;
/** Training digits a run's starting weights are scored on: a steady measure, a few ms. */
const REFERENCE_EXAMPLES = 500;

export interface SliceOutcome {
  diverged: boolean;
  /** True when this slice finished an epoch. */
  epochEnded: boolean;
  /** Smoothed training cost at the end of the slice (NaN when a cost was not finite). */
  loss: number;
}

/** Exponential moving average; the first value seeds it. */
function smooth(average: number, value: number, weight: number): number {
  return Number.isNaN(average) ? value : average + (value - average) * Math.min(1, weight);
}

/**
 * One network training on one set: time-sliced SGD with smoothed loss/accuracy, throughput,
 * and divergence (divergenceGuard.ts) caught at a run's start and at every slice boundary,
 * which brings back the weights of a few slices before.
 */
export function createTrainingSession(
  net: Network,
  train: DigitSet,
  options: TrainingOptions,
  startAt = 0,
) {
  const run: TrainingRun = createTrainingRun(net, train, { ...options }, startAt);
  const guard = createDivergenceGuard(
    net,
    sliceDigits(train, 0, Math.min(REFERENCE_EXAMPLES, train.count)),
  );
  let loss = NaN;
  let recentLoss = NaN;
  let accuracy = NaN;
  let windowExamples = 0;
  let windowMs = 0;

  function record(count: number, costSum: number, correct: number): void {
    const batchLoss = costSum / count;
    loss = smooth(loss, batchLoss, count / SMOOTHING_EXAMPLES);
    recentLoss = smooth(recentLoss, batchLoss, count / DIVERGENCE_SMOOTHING_EXAMPLES);
    accuracy = smooth(accuracy, correct / count, count / SMOOTHING_EXAMPLES);
  }

  /** Goes back to healthy weights; the outcome reports the cost that diverged. */
  function diverged(finalLoss: number): SliceOutcome {
    recentLoss = guard.restore();
    loss = NaN;
    accuracy = NaN;
    return { diverged: true, epochEnded: false, loss: finalLoss };
  }

  return {
    /**
     * A run (Train, or one Step) starts: the weights are scored, and refused as diverged when
     * they are already no better than the rule allows.
     */
    begin(): SliceOutcome | null {
      const start = guard.begin();
      if (!start.healthy) return diverged(start.cost);
      // The divergence average starts from this measure, not from one noisy first batch.
      recentLoss = start.cost;
      return null;
    },

    /** Steps until the time budget is spent (always at least one step). */
    slice(budgetMs: number, now: () => number): SliceOutcome {
      guard.checkpoint();
      const epoch = run.epoch;
      const start = now();
      let examples = 0;
      let finite = true;
      do {
        const r = run.step();
        if (!Number.isFinite(r.costSum)) {
          finite = false;
          break;
        }
        record(r.count, r.costSum, r.correct);
        examples += r.count;
        // A slice ends with its epoch, so "one epoch" stops exactly at the boundary.
      } while (now() - start < budgetMs && run.epoch === epoch);
      windowExamples += examples;
      windowMs += now() - start;
      if (!finite) return diverged(NaN);
      if (!guard.judge(recentLoss)) return diverged(recentLoss);
      return { diverged: false, epochEnded: run.epoch !== epoch, loss };
    },

    /** New hyper-parameters take effect from the next mini-batch. */
    setOptions(next: TrainingOptions): void {
      run.options = { ...next };
    },

    /** Where the run is: completed epochs, position in this one, examples seen in all. */
    progress() {
      const { epoch, position, epochSize, examplesSeen } = run;
      return { epoch, position, epochSize, examplesSeen };
    },

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
