import { MNIST_TRAIN_COUNT } from '../data/packedDigits';
import type { Evaluation } from './evaluation';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { RunPoint } from './runHistory';
import { createRunHistory } from './runHistory';

/** Steady points come every quarter epoch: 4 an epoch, each costing one test scoring (~70 ms). */
const STEADY_EVERY = MNIST_TRAIN_COUNT / 4;

/**
 * The run's history as the worker keeps it: points recorded (and test-scored) as training
 * passes them, the point the weights were restored to, and the page told of every change.
 */
export function createHistoryKeeper(
  env: HostEnvironment,
  model: ModelState,
  evaluation: Evaluation,
) {
  const history = createRunHistory(STEADY_EVERY);
  /** The point whose weights are the current ones after a restore; null once they move on. */
  let shown: number | null = null;

  function post(cut: number | null = null): void {
    env.post({ type: 'history', points: history.summary(), shown, cut });
  }

  /** Saves the weights as a point and scores it on the test set (the page sees that score too). */
  function record(examplesSeen: number, epochSize: number): void {
    const point = history.record(model.net, examplesSeen, epochSize, model.weightsVersion);
    post();
    void evaluation.scoreTest().then((score) => {
      if (!score || score.weightsVersion !== point.weightsVersion) return;
      const { accuracy, cost, guesses, confidence } = score;
      point.score = { accuracy, cost, guesses, confidence };
      if (history.points.includes(point)) post();
    });
  }

  return {
    /**
     * Records a point when one is due at `examplesSeen` (or `always`, at a run's start and end,
     * unless the newest point is already here); true when it did, and so scored the test set.
     */
    recordIfDue(examplesSeen: number, epochSize: number, always = false): boolean {
      const last = history.points.at(-1);
      if (last && last.examplesSeen >= examplesSeen) return false;
      if (!always && examplesSeen < history.nextDue()) return false;
      record(examplesSeen, epochSize);
      return true;
    },
    /** Training goes on from the shown point: the points after it are no longer this run's. */
    resume(): void {
      if (shown === null) return;
      const cut = history.points[shown].examplesSeen;
      history.cutAfter(shown);
      shown = null;
      post(cut);
    },
    /** The point at `index`, made the current weights; null when there is no such point. */
    restore(index: number): RunPoint | null {
      const point = history.points[index];
      if (!point) return null;
      point.weights.forEach((w, l) => model.net.weights[l].set(w));
      point.biases.forEach((b, l) => model.net.biases[l].set(b));
      model.weightsChanged();
      shown = index;
      if (point.score) evaluation.showStoredTest(point.score);
      else evaluation.scoreTestIfChanged();
      post();
      return point;
    },
    /** A new network: its history starts empty. */
    clear(): void {
      history.clear();
      shown = null;
      post();
    },
  };
}

export type HistoryKeeper = ReturnType<typeof createHistoryKeeper>;
