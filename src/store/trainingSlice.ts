import type { StateCreator } from 'zustand';
import type {
  DataSetName,
  HistoryPoint,
  HyperParams,
  ProbeValues,
  TrainingSnapshot,
} from '../worker/protocol';
import { DEFAULT_HYPER_PARAMS } from '../worker/protocol';
import type { AppState } from './appStore';
import type { RunHistoryView, TrainingHistory } from './trainingHistory';
import { EMPTY_HISTORY, EMPTY_RUN_HISTORY, cutHistory, extendHistory } from './trainingHistory';

/** Train stops by itself after this many epochs (each 55,000 digits, a few seconds). */
const DEFAULT_EPOCHS = 5;

export interface DataProgress {
  loaded: number;
  total: number;
  done: boolean;
}

export interface TrainingSlice {
  running: boolean;
  params: HyperParams;
  /** Epochs per press of Train. */
  epochs: number;
  /**
   * The newest snapshot from the worker, replaced (never mutated) once per frame at most, and
   * with a new probe whenever the digit on screen changes: the page's own answer to it under
   * the same weights.
   */
  snapshot: TrainingSnapshot | null;
  /** The training curves since the model was loaded or reset. */
  trainingHistory: TrainingHistory;
  /** The run's saved points in the worker, for the history scrubber. */
  runHistory: RunHistoryView;
  validationAccuracy: number | null;
  dataProgress: Partial<Record<DataSetName, DataProgress>>;
  /** The engine bridge gave up after repeated crashes: nothing will answer until a reload. */
  engineStopped: boolean;
  setRunning(running: boolean): void;
  setParams(params: HyperParams): void;
  setEpochs(epochs: number): void;
  setSnapshot(snapshot: TrainingSnapshot): void;
  /** The worker's saved points; `cut`: training went on from an earlier point than this. */
  setRunHistory(points: HistoryPoint[], shown: number | null, cut: number | null): void;
  /** The worker that held the saved points is gone (a restart): curves and points start over. */
  clearRunHistory(): void;
  setValidationAccuracy(accuracy: number | null): void;
  setDataProgress(set: DataSetName, progress: DataProgress): void;
  markEngineStopped(): void;
  /**
   * Replaces the probe's answer under the weights on screen: the page's own answer to a new
   * digit, or null to take an answer for a digit no longer shown off screen.
   */
  setProbe(probe: ProbeValues | null): void;
}

export const createTrainingSlice: StateCreator<AppState, [], [], TrainingSlice> = (set) => ({
  running: false,
  params: DEFAULT_HYPER_PARAMS,
  epochs: DEFAULT_EPOCHS,
  snapshot: null,
  trainingHistory: EMPTY_HISTORY,
  runHistory: EMPTY_RUN_HISTORY,
  validationAccuracy: null,
  dataProgress: {},
  engineStopped: false,
  setRunning: (running) => set({ running }),
  setParams: (params) => set({ params }),
  setEpochs: (epochs) => set({ epochs }),
  setSnapshot: (snapshot) =>
    set((s) => ({ snapshot, trainingHistory: extendHistory(s.trainingHistory, snapshot) })),
  setRunHistory: (points, shown, cut) =>
    set((s) => ({
      runHistory: { points, shown },
      trainingHistory: cut === null ? s.trainingHistory : cutHistory(s.trainingHistory, cut),
    })),
  clearRunHistory: () => set({ runHistory: EMPTY_RUN_HISTORY, trainingHistory: EMPTY_HISTORY }),
  setValidationAccuracy: (validationAccuracy) => set({ validationAccuracy }),
  setDataProgress: (name, progress) =>
    set((s) => ({ dataProgress: { ...s.dataProgress, [name]: progress } })),
  markEngineStopped: () => set({ engineStopped: true, running: false }),
  setProbe: (probe) =>
    set((s) =>
      s.snapshot && s.snapshot.probe !== probe ? { snapshot: { ...s.snapshot, probe } } : {},
    ),
});
