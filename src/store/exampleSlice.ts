import type { StateCreator } from 'zustand';
import { MNIST_TEST_COUNT } from '../data/packedDigits';
import type { DigitSet } from '../engine/dataset';
import type { AppState } from './appStore';

export interface ExampleSlice {
  /** The official test set, once it has arrived. */
  testSet: DigitSet | null;
  /** Its first digits, which arrive first: enough for the first screen's answer. */
  firstDigits: DigitSet | null;
  /** Index into the official test set of the digit on screen. */
  exampleIndex: number;
  setTestSet(set: DigitSet): void;
  setFirstDigits(set: DigitSet): void;
  showExample(index: number): void;
}

export const createExampleSlice: StateCreator<AppState, [], [], ExampleSlice> = (set) => ({
  testSet: null,
  firstDigits: null,
  exampleIndex: 0,
  setTestSet: (testSet) => set({ testSet }),
  setFirstDigits: (firstDigits) => set({ firstDigits }),
  showExample: (index) =>
    set((s) => {
      // Before the set arrives a digit past its first ones is kept, to be shown when it does.
      const count = s.testSet?.count ?? MNIST_TEST_COUNT;
      return { exampleIndex: ((Math.floor(index) % count) + count) % count, inputSource: 'mnist' };
    }),
});
