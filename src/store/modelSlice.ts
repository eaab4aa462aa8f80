import type { StateCreator } from 'zustand';
import type { Say } from '../i18n/catalogue';
import type { ModelInfo } from '../worker/protocol';
import type { AppState } from './appStore';
import { EMPTY_HISTORY, EMPTY_RUN_HISTORY } from './trainingHistory';

/** One entry of public/models/index.json. */
export interface ShippedModel {
  id: string;
  file: string;
  name: string;
  description: string;
  testAccuracy: number;
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: Say;
  /** An exception's or the engine's own words (English), shown apart as a technical detail. */
  detail?: string;
}

export interface ModelSlice {
  shippedModels: ShippedModel[];
  /** Which shipped model is loaded, or null for a file, a reset or a trained network. */
  modelId: string | null;
  model: ModelInfo | null;
  /** Official test-set accuracy of the current weights, measured by the worker. */
  testAccuracy: number | null;
  /** The network's answer for each test digit when testAccuracy was measured. */
  testGuesses: Uint8Array | null;
  /** The output activation behind each guess. */
  testConfidence: Float32Array | null;
  /** The weights version testAccuracy was measured under. */
  testWeightsVersion: number | null;
  notices: Notice[];
  setShippedModels(models: ShippedModel[]): void;
  setModel(model: ModelInfo, modelId: string | null): void;
  setTestAccuracy(
    accuracy: number,
    guesses: Uint8Array,
    confidence: Float32Array,
    weightsVersion: number,
  ): void;
  notify(kind: Notice['kind'], text: Say, detail?: string): void;
  dismiss(id: number): void;
}

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set) => ({
  shippedModels: [],
  modelId: null,
  model: null,
  testAccuracy: null,
  testGuesses: null,
  testConfidence: null,
  testWeightsVersion: null,
  notices: [],
  setShippedModels: (shippedModels) => set({ shippedModels }),
  setModel: (model, modelId) =>
    set({
      model,
      modelId,
      testAccuracy: null,
      testGuesses: null,
      testConfidence: null,
      testWeightsVersion: null,
      trainingHistory: EMPTY_HISTORY,
      runHistory: EMPTY_RUN_HISTORY,
      // A neuron picked in the old network may not exist in the new one.
      hovered: null,
      selected: null,
      // A new model's cost surface starts from its own strongest weights.
      surfacePair: null,
    }),
  setTestAccuracy: (testAccuracy, testGuesses, testConfidence, testWeightsVersion) =>
    set({ testAccuracy, testGuesses, testConfidence, testWeightsVersion }),
  notify: (kind, text, detail) =>
    set((s) => {
      const id = (s.notices.at(-1)?.id ?? 0) + 1;
      return { notices: [...s.notices.slice(-3), { id, kind, text, detail }] };
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
