import type { StateCreator } from 'zustand';
import type { CellKind, RecurrentModel } from '../engine/recurrent/recurrentModel';
import type { ModelMeta } from '../engine/serialize';
import { timelineLength } from '../sequence/timeline';
import type { Filler } from '../engine/recurrent/sequences';
import { LONG_MEMORY_DELAY, LONG_MEMORY_GATE_BIAS } from '../engine/recurrent/longMemory';
import type { CellReading, LongMemoryProgress } from '../worker/sequence/sequenceProtocol';
import type { AppState } from './appStore';

/** One entry of public/models/recurrent/index.json. */
export interface ShippedRecurrentModel {
  id: string;
  file: string;
  cell: CellKind;
  name: string;
  nameZh: string;
  hiddenSize: number;
  parameters: number;
  /** On the official 10,000 test digits, measured when the model was trained. */
  testAccuracy: number;
  /** The gradient-norm clip it was trained with; null: trained without clipping. */
  clipNorm: number | null;
  /** Of the 100 recorded pad-drawn digits, how many it reads right. */
  drawnDigitsRight: number;
}

/** A model the page reads with (one per cell kind; for the RNN, the one trained with clipping). */
export interface LoadedRecurrent {
  /** Its weights, for the formulas' numbers (the worker has its own copy to compute with). */
  model: RecurrentModel;
  meta: ModelMeta;
}

/** A ‖∂L/∂h_t‖ curve from a what-if study, with the σ_max it was made under. */
export interface FlowCurve {
  norms: Float64Array;
  sigmaMax: number;
}

/** What the next long-memory run trains. */
export interface LongMemoryChoice {
  cell: CellKind;
  delay: number;
  filler: Filler;
  /** The LSTM forget gate's starting bias (the other cells have none). */
  forgetBias: number;
}

/** A run's curve is kept per cell, and per forget bias for the LSTM, so runs can be compared. */
export const longMemoryKey = (cell: CellKind, forgetBias: number) =>
  cell === 'lstm' ? `lstm ${forgetBias}` : cell;

/** Rows of a digit: the timeline's length is fixed by them. */
const ROWS = 28;

export interface SequenceSlice {
  sequenceCell: CellKind;
  /** The timeline's position, 0 … 2T − 1 (forward rows, then BPTT back). */
  sequenceStep: number;
  /** The hidden unit the formulas follow (0-based); null: the one the error reaches most. */
  sequenceUnit: number | null;
  recurrentModels: ShippedRecurrentModel[];
  recurrentLoaded: Partial<Record<CellKind, LoadedRecurrent>>;
  /** Every loaded model's reading of the digit on screen (null until the first answer). */
  readings: Partial<Record<CellKind, CellReading>> | null;
  /** Which digit the readings are of (sequence/shownReading.ts shownDigitKey). */
  readingsKey: string | null;
  /** Official test accuracy of each shipped model, measured in the sequence worker. */
  recurrentAccuracy: Partial<Record<CellKind, number>>;
  /** The scale study: U of the shipped RNN times rnnScale. */
  rnnScale: number;
  scaledFlow: FlowCurve | null;
  /**
   * The highlighted curve of the forget-bias study (untrained LSTMs, one per bias in
   * sequence/studies.ts FORGET_BIASES).
   */
  forgetBias: number;
  forgetFlows: FlowCurve[] | null;
  longMemory: LongMemoryChoice;
  /** Numbers each start; progress of any other run is dropped. 0: none started. */
  longMemoryRunId: number;
  /** Counts the user's stops, so the worker is told of each. */
  longMemoryStops: number;
  longMemoryRunning: boolean;
  /** Progress reports per longMemoryKey, the latest run's for each. */
  longMemoryRuns: Record<string, LongMemoryProgress[]>;
  setSequenceCell(cell: CellKind): void;
  setSequenceStep(step: number): void;
  setSequenceUnit(unit: number | null): void;
  setRecurrentModels(models: ShippedRecurrentModel[]): void;
  setRecurrentLoaded(cell: CellKind, loaded: LoadedRecurrent): void;
  setReadings(readings: CellReading[], key: string): void;
  setRecurrentAccuracy(cell: CellKind, accuracy: number): void;
  setRnnScale(scale: number): void;
  setScaledFlow(flow: FlowCurve | null): void;
  setForgetBias(bias: number): void;
  setForgetFlows(flows: FlowCurve[]): void;
  setLongMemory(choice: Partial<LongMemoryChoice>): void;
  startLongMemory(): void;
  stopLongMemory(): void;
  addLongMemoryProgress(progress: LongMemoryProgress): void;
  /** The worker failed: no run goes on. */
  longMemoryFailed(): void;
}

export const createSequenceSlice: StateCreator<AppState, [], [], SequenceSlice> = (set) => ({
  sequenceCell: 'lstm',
  sequenceStep: 0,
  sequenceUnit: null,
  recurrentModels: [],
  recurrentLoaded: {},
  readings: null,
  readingsKey: null,
  recurrentAccuracy: {},
  rnnScale: 1,
  scaledFlow: null,
  forgetBias: 1,
  forgetFlows: null,
  longMemory: {
    cell: 'lstm',
    delay: LONG_MEMORY_DELAY.default,
    filler: 'blank',
    forgetBias: LONG_MEMORY_GATE_BIAS,
  },
  longMemoryRunId: 0,
  longMemoryStops: 0,
  longMemoryRunning: false,
  longMemoryRuns: {},
  setSequenceCell: (sequenceCell) => set({ sequenceCell }),
  setSequenceStep: (step) =>
    set({ sequenceStep: Math.max(0, Math.min(timelineLength(ROWS) - 1, Math.round(step))) }),
  setSequenceUnit: (sequenceUnit) => set({ sequenceUnit }),
  setRecurrentModels: (recurrentModels) => set({ recurrentModels }),
  setRecurrentLoaded: (cell, loaded) =>
    set((s) => ({ recurrentLoaded: { ...s.recurrentLoaded, [cell]: loaded } })),
  setReadings: (list, readingsKey) =>
    set({ readings: Object.fromEntries(list.map((r) => [r.cell, r])), readingsKey }),
  setRecurrentAccuracy: (cell, accuracy) =>
    set((s) => ({ recurrentAccuracy: { ...s.recurrentAccuracy, [cell]: accuracy } })),
  setRnnScale: (rnnScale) => set({ rnnScale }),
  setScaledFlow: (scaledFlow) => set({ scaledFlow }),
  setForgetBias: (forgetBias) => set({ forgetBias }),
  setForgetFlows: (forgetFlows) => set({ forgetFlows }),
  // A new delay or filler is a new task: the curves of the old one no longer compare.
  setLongMemory: (choice) =>
    set((s) => {
      const longMemory = { ...s.longMemory, ...choice };
      const sameTask =
        longMemory.delay === s.longMemory.delay && longMemory.filler === s.longMemory.filler;
      return { longMemory, longMemoryRuns: sameTask ? s.longMemoryRuns : {} };
    }),
  startLongMemory: () =>
    set((s) => ({
      longMemoryRunId: s.longMemoryRunId + 1,
      longMemoryRunning: true,
      longMemoryRuns: {
        ...s.longMemoryRuns,
        [longMemoryKey(s.longMemory.cell, s.longMemory.forgetBias)]: [],
      },
    })),
  stopLongMemory: () =>
    set((s) => ({ longMemoryStops: s.longMemoryStops + 1, longMemoryRunning: false })),
  addLongMemoryProgress: (progress) =>
    set((s) => {
      if (progress.runId !== s.longMemoryRunId) return s;
      const key = longMemoryKey(progress.settings.cell, progress.settings.forgetBias);
      return {
        longMemoryRunning: progress.running,
        longMemoryRuns: {
          ...s.longMemoryRuns,
          [key]: [...(s.longMemoryRuns[key] ?? []), progress],
        },
      };
    }),
  longMemoryFailed: () => set({ longMemoryRunning: false }),
});
