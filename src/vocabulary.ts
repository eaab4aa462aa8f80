/**
 * The app's shared words: pages, lab tabs, neuron and edge ids, edge modes, themes, palettes.
 * A leaf: store slices, links, painters and components all speak it, so it imports none of them.
 */

/** The app's pages, in the order the header shows them. */
export const PAGES = ['explore', 'backprop', 'descent', 'lab', 'sequence'] as const;
export type Page = (typeof PAGES)[number];

/** The lab page's tabs, in the order it shows them. */
export const LAB_VIEWS = ['chain', 'worked', 'graph', 'jacobian'] as const;
export type LabView = (typeof LAB_VIEWS)[number];

/** A hidden or output neuron: layer counted from 0 = input, index within the layer. */
export interface NeuronId {
  layer: number;
  index: number;
}

export const sameNeuron = (a: NeuronId | null, b: NeuronId | null) =>
  a === b || (a !== null && b !== null && a.layer === b.layer && a.index === b.index);

/** A weight w_jk into neuron j of `layer` from neuron k of the layer before. */
export interface EdgeId {
  layer: number;
  j: number;
  k: number;
}

export const sameEdge = (a: EdgeId | null, b: EdgeId | null) =>
  a === b || (a !== null && b !== null && a.layer === b.layer && a.j === b.j && a.k === b.k);

/** What the network's edges show: the weights w, or the live signal w·a. */
export const EDGE_MODES = ['weight', 'contribution'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

/** 'colourblind' swaps hues for a safe set and adds a second cue for weight sign. */
export const PALETTES = ['standard', 'colourblind'] as const;
export type Palette = (typeof PALETTES)[number];
