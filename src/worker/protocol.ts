/**
 * Every message between the page and the engine worker. Both sides import these types, so a
 * message the other side does not understand is a compile error, not a silent no-op; the
 * worker still checks every message it receives (validation.ts), since types do not run.
 */
import type { Initialisation, NetworkSpec } from '../engine/network';
import type { ModelMeta } from '../engine/serialize';
import type { BackpropLesson } from '../engine/lesson';
import type { BatchTrace, DigitSignals } from '../engine/trace';
import type { CostSurface, WeightRef } from '../engine/costSurface';

export interface HyperParams {
  learningRate: number;
  batchSize: number;
  /** Seeds the initial weights of a reset and the shuffling of every run. */
  seed: number;
  init: Initialisation;
}

export const DEFAULT_HYPER_PARAMS: HyperParams = {
  learningRate: 1,
  batchSize: 10,
  seed: 1,
  init: 'xavier',
};

/**
 * What went wrong in the engine, as facts: the page says it in the user's language. A detail
 * is the engine's own English (a file's defect, an exception), shown apart as technical.
 */
export type EngineProblem =
  /** The cost climbed past guessing; null when it became infinite or NaN. */
  | { kind: 'diverged'; learningRate: number; cost: number | null }
  | { kind: 'model'; detail: string }
  /** A model file whose forward pass overflows: infinite or NaN outputs. */
  | { kind: 'model-not-finite' }
  | { kind: 'data'; set: 'test' | 'train'; detail: string }
  /** The set is neither kept for offline use nor reachable: the browser is offline. */
  | { kind: 'data-offline'; set: 'test' | 'train' }
  /** A correction was asked for while training runs. */
  | { kind: 'busy' }
  /** A request the page should not have sent: invalid input, labels or settings. */
  | { kind: 'input'; detail: string };

/** The probe digit's z and a, and δ of every layer when the input has a label (else empty). */
export type ProbeValues = DigitSignals;

export interface ModelInfo {
  spec: NetworkSpec;
  meta: ModelMeta;
  /** Bumped whenever the weights are replaced (load, reset), not while training. */
  generation: number;
}

export interface TrainingSnapshot {
  weights: Float64Array[];
  biases: Float64Array[];
  /** Changes exactly when the weights or biases changed since an earlier snapshot. */
  weightsVersion: number;
  /** The probe digit's forward pass and δ under these weights. */
  probe: ProbeValues | null;
  /** Mean cost and accuracy over the mini-batches since the previous snapshot. */
  loss: number;
  trainAccuracy: number;
  validationAccuracy: number | null;
  examplesPerSecond: number;
  epoch: number;
  position: number;
  epochSize: number;
  examplesSeen: number;
}

export type DataSetName = 'test' | 'train';

/** A saved point of the run, for the history scrubber; its test score once measured. */
export interface HistoryPoint {
  examplesSeen: number;
  epochSize: number;
  /** Mean cost and accuracy over the test set under the point's weights. */
  cost: number | null;
  accuracy: number | null;
}

export type ToWorker =
  | { type: 'init'; testUrl: string; trainUrl: string }
  | { type: 'load-model'; requestId: number; json: string }
  | { type: 'save-model'; requestId: number }
  | { type: 'reset'; requestId: number; spec: NetworkSpec; params: HyperParams }
  /** One example traced for the backprop timeline, with a mini-batch traced under the same weights. */
  | {
      type: 'lesson';
      requestId: number;
      input: Float64Array;
      label: number;
      learningRate: number;
      batch: { inputs: Float64Array[]; labels: number[] };
    }
  /** The cost over a grid of two weights around their current values, on the first test digits. */
  | {
      type: 'cost-surface';
      requestId: number;
      weights: [WeightRef, WeightRef];
      span: number;
      points: number;
      sampleSize: number;
    }
  /** The digit on screen: every snapshot carries its z and a (and δ when it has a label). */
  | { type: 'set-input'; input: Float64Array | null; label: number | null }
  | { type: 'set-params'; params: HyperParams }
  /** Start or pause; with `epochs`, pause by itself after that many epoch ends. */
  | { type: 'train'; run: boolean; epochs?: number }
  | { type: 'train-step' }
  /** "Correct me": a few steps on one example with the right label, mixed with replayed digits. */
  | { type: 'correct'; requestId: number; input: Float64Array; label: number; steps: number }
  /** Puts back the weights from before the last correction, if nothing changed them since. */
  | { type: 'undo-correct'; requestId: number }
  /** Makes a saved point of the run the current network (refused while training runs). */
  | { type: 'restore-point'; requestId: number; index: number }
  /** The page drew the last snapshot; the worker may send the next one. */
  | { type: 'snapshot-ack' }
  /**
   * Heartbeat: a worker that stops answering is presumed hung and replaced. The pong waits for
   * the scorings under way, so it also says the worker has posted what it was working out.
   */
  | { type: 'ping'; requestId: number };

export type FromWorker =
  | { type: 'model'; info: ModelInfo; requestId?: number }
  | { type: 'lesson'; requestId: number; lesson: BackpropLesson; batch: BatchTrace }
  | { type: 'model-json'; requestId: number; json: string }
  | { type: 'cost-surface'; requestId: number; surface: CostSurface; weightsVersion: number }
  | { type: 'snapshot'; snapshot: TrainingSnapshot }
  | {
      type: 'evaluation';
      set: 'test' | 'validation';
      accuracy: number;
      cost: number;
      /** The network's answer for every digit of the set, in order. */
      guesses: Uint8Array;
      /** The output activation of each guess: how sure the network was. */
      confidence: Float32Array;
      generation: number;
      /** The weights the set was scored under. */
      weightsVersion: number;
    }
  | { type: 'training'; running: boolean }
  /** `weightsVersion`: the corrected weights, which an undo can go back from. */
  | {
      type: 'corrected';
      requestId: number;
      before: Float64Array;
      after: Float64Array;
      weightsVersion: number;
    }
  /** A correction undone or a saved point restored: the weights are back as they were. */
  | { type: 'restored'; requestId: number; weightsVersion: number }
  /**
   * The run's saved points, whenever they change; `shown` is the point the weights were
   * restored to (null: the latest weights), `cut` the examples after which points were dropped.
   */
  | { type: 'history'; points: HistoryPoint[]; shown: number | null; cut: number | null }
  | { type: 'data-progress'; set: DataSetName; loaded: number; total: number; done: boolean }
  | ({ type: 'error'; requestId?: number } & EngineProblem)
  | { type: 'pong'; requestId: number };

/**
 * Each request that is answered, with the type of the message that answers it (Comlink's idea
 * as data): the page's request() resolves with exactly that message, and any other answer is
 * an error. A refused request is answered by an 'error' carrying its requestId instead.
 */
export const REPLY_TYPES = {
  'load-model': 'model',
  'save-model': 'model-json',
  reset: 'model',
  lesson: 'lesson',
  'cost-surface': 'cost-surface',
  correct: 'corrected',
  'undo-correct': 'restored',
  'restore-point': 'restored',
  ping: 'pong',
} as const satisfies Record<Extract<ToWorker, { requestId: number }>['type'], FromWorker['type']>;

export type RequestType = keyof typeof REPLY_TYPES;
export type Request<T extends RequestType = RequestType> = Extract<
  ToWorker,
  { type: T; requestId: number }
>;
export type Reply<T extends RequestType = RequestType> = Extract<
  FromWorker,
  { type: (typeof REPLY_TYPES)[T] }
>;

/** The buffers of typed arrays, each once (views may share one), for postMessage's transfer list. */
export function buffersOf(
  ...groups: (readonly Float64Array[] | Float64Array | null)[]
): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const g of groups) {
    if (!g) continue;
    for (const a of g instanceof Float64Array ? [g] : g) out.add(a.buffer as ArrayBuffer);
  }
  return [...out];
}
