import type { StateCreator } from 'zustand';
import type { DigitSet } from '../engine/dataset';
import type { AppState } from './appStore';

export interface ExampleSlice {
  testSet: DigitSet | null;
  /** Index into the official test set of the digit on screen. */
  exampleIndex: number;
  setTestSet(set: DigitSet): void;
  showExample(index: number): void;
}

export const createExampleSlice: StateCreator<AppState, [], [], ExampleSlice> = (set) => ({
  testSet: null,
  exampleIndex: 0,
  setTestSet: (testSet) => set({ testSet }),
  showExample: (index) =>
    set((s) => {
      const count = s.testSet?.count ?? 1;
      return { exampleIndex: ((Math.floor(index) % count) + count) % count, inputSource: 'mnist' };
    }),
});
