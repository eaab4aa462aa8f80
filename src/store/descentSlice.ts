import type { StateCreator } from 'zustand';
import type { Params } from '../descent/regression';
import type { DescentSettings, FitBatch, SurfacePair } from '../descent/settings';
import {
  CURVE_FIRST_START,
  CURVE_RATE,
  FIT_FIRST_BATCH,
  FIT_FIRST_START,
  FIT_RATE,
} from '../descent/settings';
import type { AppState } from './appStore';

/** The gradient-descent page's settings, kept here so a lesson link can carry them. */
export interface DescentSlice extends DescentSettings {
  setCurveRate(rate: number): void;
  setCurveStart(start: number, several: boolean): void;
  setFitRate(rate: number): void;
  setFitBatch(batch: FitBatch): void;
  setFitStart(start: Params): void;
  setSurfacePair(pair: SurfacePair | null): void;
}

export const createDescentSlice: StateCreator<AppState, [], [], DescentSlice> = (set) => ({
  curveRate: CURVE_RATE.initial,
  curveStart: CURVE_FIRST_START,
  curveSeveral: false,
  fitRate: FIT_RATE.initial,
  fitBatch: FIT_FIRST_BATCH,
  fitStart: FIT_FIRST_START,
  surfacePair: null,
  setCurveRate: (curveRate) => set({ curveRate }),
  setCurveStart: (curveStart, curveSeveral) => set({ curveStart, curveSeveral }),
  setFitRate: (fitRate) => set({ fitRate }),
  setFitBatch: (fitBatch) => set({ fitBatch }),
  setFitStart: (fitStart) => set({ fitStart }),
  setSurfacePair: (surfacePair) => set({ surfacePair }),
});
