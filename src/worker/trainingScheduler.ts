import { MNIST_TRAIN_COUNT } from '../data/packedDigits';
import type { DataSets } from './dataSets';
import type { Evaluation } from './evaluation';
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
  const snapshots = createSnapshotStream(env, model, progress);

  function progress(): TrainingProgress {
    const stats = session?.takeStats() ?? { loss: NaN, trainAccuracy: NaN, examplesPerSecond: 0 };
    const where = session?.progress();
    return {
      ...stats,
      validationAccuracy: evaluation.validationAccuracy,
      epoch: where?.epoch ?? 0,
      position: where?.position ?? 0,
      epochSize: where?.epochSize ?? MNIST_TRAIN_COUNT,
      examplesSeen: where?.examplesSeen ?? 0,
    };
  }

  function setRunning(next: boolean): void {
    if (running === next) return;
    running = next;
    env.post({ type: 'training', running });
    if (running) env.defer(trainSlice);
    // Paused: the test accuracy and confusion matrix describe the weights as they now are.
    else if (session) evaluation.scoreTestIfChanged();
  }

  async function ensureSession(): Promise<TrainingSession> {
    const train = await data.training();
    session ??= createTrainingSession(model.net, train, params);
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
    const { examplesSeen } = session.progress();
    if (examplesSeen >= nextValidationAt) {
      nextValidationAt = examplesSeen + VALIDATION_EVERY;
      evaluation.scoreValidation();
    }
    if (epochEnded) evaluation.scoreTest();
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
      evaluation.forget();
      nextValidationAt = VALIDATION_EVERY;
      wanted = false;
      setRunning(false);
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
          if (refused) afterTraining(refused);
          else setRunning(true);
        })
        .catch(replies.dataFailure('train'));
    },
    /** One mini-batch, when paused. */
    step(): void {
      ensureSession()
        .then((s) => {
          if (running) return;
          afterTraining(s.begin() ?? s.slice(0, env.now));
        })
        .catch(replies.dataFailure('train'));
    },
  };
}

export type TrainingScheduler = ReturnType<typeof createTrainingScheduler>;
