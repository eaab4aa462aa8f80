import type { StateCreator } from 'zustand';
import type { EdgeMode, LabView, NeuronId, Page } from '../vocabulary';
import { sameNeuron } from '../vocabulary';
import type { AppState } from './appStore';

export interface ViewSlice {
  page: Page;
  /** The lab page's tab. */
  labView: LabView;
  /** The neuron under the pointer, and the one clicked or tapped to keep it selected. */
  hovered: NeuronId | null;
  selected: NeuronId | null;
  edgeMode: EdgeMode;
  hover(neuron: NeuronId | null): void;
  select(neuron: NeuronId | null): void;
  setEdgeMode(mode: EdgeMode): void;
  setPage(page: Page): void;
  setLabView(view: LabView): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  page: 'explore',
  labView: 'chain',
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
  // Leaving a page stops the backprop timeline's playback.
  setPage: (page) => set({ page, playing: false }),
  setLabView: (labView) => set({ labView }),
});

/** The neuron the views describe: the hovered one, else the selected one. */
export const focusedNeuron = (s: Pick<ViewSlice, 'hovered' | 'selected'>) =>
  s.hovered ?? s.selected;
