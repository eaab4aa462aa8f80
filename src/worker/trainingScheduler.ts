import { MNIST_TRAIN_COUNT } from '../data/packedDigits';
import type { DataSets } from './dataSets';
import type { Evaluation } from './evaluation';
import { createHistoryKeeper } from './historyKeeper';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { HyperParams } from './protocol';
import { DEFAULT_HYPER_PARAMS } from './protocol';
import type { Replies } from './replies';
import type { TrainingProgress } from './snapshotStream';
import { createSnapshotStream } from './snapshotStream';
import type { SliceOutcome, TrainingSession } from './trainingSession';
import { SLICE_MS, createTrainingSession } from './trainingSession';

/** Validation accuracy is measured every this many training examples. */
const VALIDATION_EVERY = 10_000;

/**
 * Runs training: time slices between messages, pauses after a number of epochs or on
 * divergence, validation and test scores on their cadence, and a snapshot after each slice.
 */
export function createTrainingScheduler(
  env: HostEnvironment,
  model: ModelState,
  data: DataSets,
  evaluation: Evaluation,
  replies: Replies,
) {
  let params: HyperParams = DEFAULT_HYPER_PARAMS;
  let session: TrainingSession | null = null;
  let running = false;
  /** Whether the latest train request asked to run (a session may still be loading). */
  let wanted = false;
  /** Epoch ends still to train through before pausing by itself. */
  let epochsLeft = Infinity;
  let nextValidationAt = VALIDATION_EVERY;
  /** Examples the next session starts counting from: 0, or a restored point's. */
  let startAt = 0;
  const snapshots = createSnapshotStream(env, model, progress);
  const history = createHistoryKeeper(env, model, evaluation);

  function progress(): TrainingProgress {
    const stats = session?.takeStats() ?? { loss: NaN, trainAccuracy: NaN, examplesPerSecond: 0 };
    const epochSize = session?.progress().epochSize ?? MNIST_TRAIN_COUNT;
    const epoch = Math.floor(startAt / epochSize);
    const where = session?.progress() ?? {
      epoch,
      position: startAt - epoch * epochSize,
      epochSize,
      examplesSeen: startAt,
    };
    return { ...stats, validationAccuracy: evaluation.validationAccuracy, ...where };
  }

  /**
   * A run begins from the weights as they are: a point for the history (for one step, only
   * when one is due, else every press would add one).
   */
  function beginRun(s: TrainingSession, always: boolean): void {
    history.resume();
    const { examplesSeen, epochSize } = s.progress();
    history.recordIfDue(examplesSeen, epochSize, always);
  }

  function setRunning(next: boolean): void {
    if (running === next) return;
    running = next;
    env.post({ type: 'training', running });
    if (running) env.defer(trainSlice);
    // Paused: a point where the run stopped; the test accuracy and confusion matrix describe
    // the weights as they now are.
    else if (session) {
      const { examplesSeen, epochSize } = session.progress();
      if (!history.recordIfDue(examplesSeen, epochSize, true)) evaluation.scoreTestIfChanged();
    }
  }

  async function ensureSession(): Promise<TrainingSession> {
    const train = await data.training();
    session ??= createTrainingSession(model.net, train, params, startAt);
    return session;
  }

  function trainSlice(): void {
    if (!running || !session) return;
    afterTraining(session.slice(SLICE_MS, env.now));
    if (running) env.defer(trainSlice);
  }

  function afterTraining({ diverged, epochEnded, loss }: SliceOutcome): void {
    if (!session) return;
    model.weightsChanged();
    if (diverged) {
      setRunning(false);
      // Pausing scores the restored weights; a run refused at its start was never running.
      evaluation.scoreTestIfChanged();
      replies.refuse({
        kind: 'diverged',
        learningRate: params.learningRate,
        cost: Number.isFinite(loss) ? loss : null,
      });
    }
    const { examplesSeen, epochSize } = session.progress();
    if (examplesSeen >= nextValidationAt) {
      nextValidationAt = examplesSeen + VALIDATION_EVERY;
      evaluation.scoreValidation();
    }
    // A point scores the test set itself; an epoch's end is scored in any case.
    const recorded = !diverged && history.recordIfDue(examplesSeen, epochSize);
    if (epochEnded && !recorded) void evaluation.scoreTest();
    if (epochEnded && --epochsLeft <= 0) setRunning(false);
    snapshots.send();
  }

  return {
    snapshots,
    get params(): HyperParams {
      return params;
    },
    get running(): boolean {
      return running;
    },
    setParams(next: HyperParams): void {
      params = next;
      session?.setOptions(next);
    },
    /** A new network replaces the trained one: its run, statistics and cadence end. */
    networkReplaced(): void {
      session = null;
      startAt = 0;
      history.clear();
      evaluation.forget();
      nextValidationAt = VALIDATION_EVERY;
      wanted = false;
      setRunning(false);
    },
    /**
     * Makes saved point `index` the current network (paused only); a run started next counts
     * on from it and drops the points after it. False when there is no such point.
     */
    restorePoint(index: number): boolean {
      const point = history.restore(index);
      if (!point) return false;
      session = null;
      startAt = point.examplesSeen;
      nextValidationAt = startAt + VALIDATION_EVERY;
      // The held-out score measured the later weights.
      evaluation.forget();
      snapshots.send();
      return true;
    },
    /** Starts (for `epochs` epoch ends, else until paused) or pauses. */
    train(run: boolean, epochs: number | undefined): void {
      epochsLeft = epochs ?? Infinity;
      wanted = run;
      if (!run) return setRunning(false);
      ensureSession()
        .then((s) => {
          if (!wanted || running) return;
          const refused = s.begin();
          if (refused) return afterTraining(refused);
          beginRun(s, true);
          setRunning(true);
        })
        .catch(replies.dataFailure('train'));
    },
    /** One mini-batch, when paused. */
    step(): void {
      ensureSession()
        .then((s) => {
          if (running) return;
          const refused = s.begin();
          if (refused) return afterTraining(refused);
          beginRun(s, false);
          afterTraining(s.slice(0, env.now));
        })
        .catch(replies.dataFailure('train'));
    },
  };
}

export type TrainingScheduler = ReturnType<typeof createTrainingScheduler>;
