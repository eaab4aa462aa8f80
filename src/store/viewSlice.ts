import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** A hidden or output neuron: layer counted from 0 = input, index within the layer. */
export interface NeuronId {
  layer: number;
  index: number;
}

export const EDGE_MODES = ['weight', 'contribution'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export interface ViewSlice {
  /** The neuron under the pointer, and the one clicked or tapped to keep it selected. */
  hovered: NeuronId | null;
  selected: NeuronId | null;
  edgeMode: EdgeMode;
  hover(neuron: NeuronId | null): void;
  select(neuron: NeuronId | null): void;
  setEdgeMode(mode: EdgeMode): void;
}

export const sameNeuron = (a: NeuronId | null, b: NeuronId | null) =>
  a === b || (a !== null && b !== null && a.layer === b.layer && a.index === b.index);

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  hovered: null,
  selected: null,
  edgeMode: 'weight',
  hover: (hovered) => set((s) => (sameNeuron(s.hovered, hovered) ? s : { hovered })),
  select: (neuron) =>
    set((s) => ({
      selected: sameNeuron(s.selected, neuron) ? null : neuron,
      selectedEdge: null,
    })),
  setEdgeMode: (edgeMode) => set({ edgeMode }),
});

/** The neuron the views describe: the hovered one, else the selected one. */
export const focusedNeuron = (s: Pick<ViewSlice, 'hovered' | 'selected'>) =>
  s.hovered ?? s.selected;
