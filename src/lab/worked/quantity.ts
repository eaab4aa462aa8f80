import { paint } from '../../math/symbols';
import { shownNumber } from '../../math/shownNumber';
import { texFactor, texNumber } from '../../math/texNumber';

/**
 * One number of the hand calculation: its name, the way the hand calculation writes it (the
 * rule, then the rule with numbers), its value from the engine and what it was computed from.
 */
export interface WorkedQuantity {
  /** Stable id, also the suffix of its data-testid: 'out-o1', 'grad-w5', 'new-w5'. */
  id: string;
  /** TeX of the quantity's name. */
  symbol: string;
  /** Right-hand sides before the value, in the order the hand calculation writes them. */
  steps: string[];
  value: number;
  /** Ids of the quantities it is computed from; empty for the example's given numbers. */
  sources: string[];
  /** Which sentence says why the formula is what it is (worded in the lab catalogue). */
  why: WorkedWhy;
}

/** The sentences on why a formula is what it is; the words are in the lab catalogue. */
export type WorkedWhy =
  | 'input'
  | 'target'
  | 'startWeight'
  | 'hiddenBias'
  | 'outputBias'
  | 'eta'
  | 'net'
  | 'out'
  | 'outputError'
  | 'totalError'
  | 'outputErrorSlope'
  | 'hiddenPath'
  | 'hiddenSum'
  | 'sigmoidSlope'
  | 'delta'
  | 'netByWeight'
  | 'chain'
  | 'shorthand'
  | 'newWeight'
  | 'biasGradient'
  | 'newBias';

export type WorkedTitle =
  'given' | 'forward' | 'error' | 'outputLayer' | 'hiddenLayer' | 'biasesFixed' | 'biasesUpdated';

export type WorkedNote =
  'forwardOrder' | 'hiddenTwoPaths' | 'hiddenOriginalWeights' | 'biasesFixed' | 'biasesSplit';

export interface WorkedSection {
  id: string;
  title: WorkedTitle;
  /** Remarks shown above the section's rows. */
  notes: WorkedNote[];
  quantities: WorkedQuantity[];
}

/** The classic write-up prints nine significant digits; so does every value here. */
export const DIGITS = 9;

export const num = (x: number) => texNumber(x, DIGITS);
export const factor = (x: number) => texFactor(x, DIGITS);
/** The same digits as plain text, for the clickable value itself. */
export const shown = (x: number) => shownNumber(x, DIGITS);

/** Neuron names of the classic diagram, engine layer and index → i1, h2, o1. */
const NEURON_LETTERS = ['i', 'h', 'o'] as const;
export const neuronId = (layer: number, index: number) => `${NEURON_LETTERS[layer]}${index + 1}`;
/** The id of the quantity holding neuron k's activation: an input i1, or out-h1, out-o2. */
export const activationId = (layer: number, k: number) =>
  layer === 0 ? `i${k + 1}` : `out-${neuronId(layer, k)}`;
const neuronTex = (layer: number, index: number) => `${NEURON_LETTERS[layer]}_${index + 1}`;

/** TeX names in 3Blue1Brown's colours: w blue, b pink, net (z) green, target (y) gold, E red. */
export const tex = {
  input: (k: number) => `i_${k + 1}`,
  w: (n: number) => paint('weight', `w_${n}`),
  newW: (n: number) => paint('weight', `w_${n}^{+}`),
  /** The classic write-up's shared bias of a layer: b1 (hidden), b2 (output). */
  b: (layer: number) => paint('bias', `b_${layer}`),
  /** Each neuron's own bias once the engine updates it. */
  neuronB: (layer: number, j: number) => paint('bias', `b_{${neuronTex(layer, j)}}`),
  newNeuronB: (layer: number, j: number) => paint('bias', `b_{${neuronTex(layer, j)}}^{+}`),
  net: (layer: number, j: number) => paint('z', `\\mathrm{net}_{${neuronTex(layer, j)}}`),
  out: (layer: number, j: number) =>
    layer === 0 ? `i_${j + 1}` : `\\mathrm{out}_{${neuronTex(layer, j)}}`,
  target: (j: number) => paint('y', `\\mathrm{target}_{o_${j + 1}}`),
  errorOf: (j: number) => paint('cost', `E_{o_${j + 1}}`),
  total: paint('cost', 'E_{\\mathrm{total}}'),
  delta: (layer: number, j: number) => `\\delta_{${neuronTex(layer, j)}}`,
  eta: '\\eta',
  partial: (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`,
};

export function product(...factors: string[]): string {
  return factors.join(' \\cdot ');
}

/** A quantity given by the example itself (input, target, starting weight, bias, η). */
export function given(id: string, symbol: string, value: number, why: WorkedWhy): WorkedQuantity {
  return { id, symbol, steps: [], value, sources: [], why };
}
