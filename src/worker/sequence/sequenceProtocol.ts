/**
 * Every message between the sequence page and its worker (the recurrent networks: RNN, GRU,
 * LSTM reading digits row by row). Like protocol.ts for the MLP's worker: both sides import
 * these types, and the worker still checks what it receives (sequenceChecks.ts).
 */
import type { CellKind, RecurrentModel } from '../../engine/recurrent/recurrentModel';
import type { RecurrentTrace } from '../../engine/recurrent/recurrentTrace';
import type { Filler } from '../../engine/recurrent/sequences';
import type { ModelMeta } from '../../engine/serialize';

/** One shipped model's reading of the digit on screen, with the target its gradient aims at. */
export interface CellReading {
  cell: CellKind;
  /** The label when known, else the model's own answer (the gradient that would make it surer). */
  target: number;
  targetIsLabel: boolean;
  trace: RecurrentTrace;
  /** ‖∂L/∂h_t‖ of the last layer for t = 1 … T: how much of the error reaches each step. */
  gradientNorms: Float64Array;
  /** Largest singular value of each gate block's recurrent weights U (one entry for the RNN). */
  sigmaMax: number[];
}

/**
 * A what-if on the digit: the shipped RNN with U scaled by `scale`, or an untrained LSTM whose
 * forget gate starts at `forgetBias`. The answer is ‖∂L/∂h_t‖ for every step.
 */
export type FlowStudy =
  { kind: 'scaled-rnn'; scale: number } | { kind: 'forget-bias'; forgetBias: number; seed: number };

/** A live run on the long-memory task: the digit's rows, then `delay` filler rows. */
export interface LongMemorySettings {
  cell: CellKind;
  delay: number;
  filler: Filler;
  /** The LSTM forget gate's starting bias (the other cells have none). */
  forgetBias: number;
}

export interface LongMemoryProgress {
  /** The page's number for the run, so reports of a run it has replaced are dropped. */
  runId: number;
  settings: LongMemorySettings;
  examplesSeen: number;
  /** Examples the run trains on in all; it stops by itself there. */
  budget: number;
  /** Mean cost and accuracy over the batches since the previous report. */
  loss: number;
  trainAccuracy: number;
  /** Accuracy on held-out digits, measured every few seconds (null until first measured). */
  heldOutAccuracy: number | null;
  /** ‖∂L/∂h_t‖ on one held-out digit under the current weights, every step t. */
  gradientNorms: Float64Array;
  running: boolean;
}

export type SequenceProblem =
  | { kind: 'model'; cell: CellKind; detail: string }
  | { kind: 'data'; detail: string }
  | { kind: 'data-offline' }
  | { kind: 'not-loaded'; cell: CellKind }
  | { kind: 'input'; detail: string };

export type ToSequenceWorker =
  | { type: 'init'; testUrl: string; trainUrl: string }
  | { type: 'load-model'; requestId: number; cell: CellKind; json: string }
  /** Every loaded model reads the digit (784 activations, row by row) and runs BPTT on it. */
  | { type: 'read'; requestId: number; input: Float64Array; label: number | null }
  | { type: 'flow'; requestId: number; input: Float64Array; label: number | null; study: FlowStudy }
  /** The model's accuracy on the official 10,000 test digits, measured here. */
  | { type: 'evaluate'; requestId: number; cell: CellKind }
  | { type: 'long-memory'; run: true; runId: number; settings: LongMemorySettings }
  | { type: 'long-memory'; run: false };

export type FromSequenceWorker =
  | {
      type: 'model-loaded';
      requestId: number;
      cell: CellKind;
      model: RecurrentModel;
      meta: ModelMeta;
    }
  | { type: 'reading'; requestId: number; readings: CellReading[] }
  | { type: 'flow'; requestId: number; norms: Float64Array; sigmaMax: number }
  | { type: 'evaluated'; requestId: number; cell: CellKind; accuracy: number; count: number }
  | { type: 'long-memory'; progress: LongMemoryProgress }
  | ({ type: 'error'; requestId?: number } & SequenceProblem);

/** Each request with the type of the message that answers it (see protocol.ts's REPLY_TYPES). */
export const SEQUENCE_REPLY_TYPES = {
  'load-model': 'model-loaded',
  read: 'reading',
  flow: 'flow',
  evaluate: 'evaluated',
} as const satisfies Record<
  Extract<ToSequenceWorker, { requestId: number }>['type'],
  FromSequenceWorker['type']
>;

export type SequenceRequestType = keyof typeof SEQUENCE_REPLY_TYPES;
export type SequenceRequest<T extends SequenceRequestType = SequenceRequestType> = Extract<
  ToSequenceWorker,
  { type: T; requestId: number }
>;
export type SequenceReply<T extends SequenceRequestType = SequenceRequestType> = Extract<
  FromSequenceWorker,
  { type: (typeof SEQUENCE_REPLY_TYPES)[T] }
>;
