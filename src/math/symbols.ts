import type { Activation, HiddenActivation } from '../engine/activations';

/**
 * TeX builders for the symbols of the chain rule in 3Blue1Brown's colours: w blue, b pink,
 * z green, y gold, C red, activations neutral. A symbol carries a class (`tex-weight`, …), not a
 * colour: the style sheet gives it the current theme's shade, so formulas need no re-typesetting
 * when the theme changes.
 */

/** A subscript or layer: a letter in symbolic formulas, a displayed number once substituted. */
export type Index = number | string;

const PAINTED_QUANTITIES = ['weight', 'bias', 'z', 'y', 'cost'] as const;
export type PaintedQuantity = (typeof PAINTED_QUANTITIES)[number];

const PAINT_CLASSES: ReadonlySet<string> = new Set(PAINTED_QUANTITIES.map((q) => `tex-${q}`));

/** Whether a class name is one that `paint` writes (the only \htmlClass KaTeX may trust). */
export function isPaintClass(name: string): boolean {
  return PAINT_CLASSES.has(name);
}

export function paint(quantity: PaintedQuantity, tex: string): string {
  return `\\htmlClass{tex-${quantity}}{${tex}}`;
}

/**
 * The number a neuron is called by: the digit itself for an output neuron (a_7 is the "7"),
 * 1-based for input pixels and hidden neurons, as the rest of the page counts them.
 */
export function neuronName(layer: number, index: number, outputLayer: number): number {
  return layer === outputLayer ? index : index + 1;
}

/** How the current language names the input, a hidden and the output layer. */
export interface LayerNames {
  input: string;
  output: string;
  hidden(layer: number): string;
}

/** What layer l of a network with `layerCount` layers is called: input, hidden l or output. */
export function layerName(layer: number, layerCount: number, names: LayerNames): string {
  if (layer === 0) return names.input;
  return layer === layerCount - 1 ? names.output : names.hidden(layer);
}

/** "jk" for letters, "3,5" for numbers, where running them together would be ambiguous. */
function subscript(indices: readonly Index[]): string {
  return indices.every((i) => typeof i === 'number') ? indices.join(',') : indices.join('');
}

/** letter_{indices}^{(layer)}, primed for the value after the gradient step. */
function indexed(letter: string, indices: readonly Index[], layer?: Index, primed = false): string {
  const prime = primed ? "'" : '';
  const sup = layer === undefined ? '' : `^{(${layer})}`;
  return `${letter}${prime}${sup}_{${subscript(indices)}}`;
}

export const sym = {
  w: (j: Index, k: Index, layer?: Index) => paint('weight', indexed('w', [j, k], layer)),
  b: (j: Index, layer?: Index) => paint('bias', indexed('b', [j], layer)),
  z: (j: Index, layer?: Index) => paint('z', indexed('z', [j], layer)),
  a: (j: Index, layer?: Index) => indexed('a', [j], layer),
  y: (j: Index) => paint('y', indexed('y', [j])),
  delta: (j: Index, layer?: Index) => indexed('\\delta', [j], layer),
  /** The same quantities after one gradient-descent step: w′, b′, a′. */
  updatedW: (j: Index, k: Index, layer?: Index) =>
    paint('weight', indexed('w', [j, k], layer, true)),
  updatedB: (j: Index, layer?: Index) => paint('bias', indexed('b', [j], layer, true)),
  updatedA: (j: Index, layer?: Index) => indexed('a', [j], layer, true),
  /** The cost of the current example, 3Blue1Brown's C₀, and the same after the step. */
  cost: paint('cost', 'C_0'),
  updatedCost: paint('cost', "C'_0"),
  C: paint('cost', 'C'),
  eta: '\\eta',
  partial: (numerator: string, denominator: string) =>
    `\\frac{\\partial ${numerator}}{\\partial ${denominator}}`,
  /** ∂C/∂x with C red. */
  dCd: (denominator: string) => sym.partial(sym.C, denominator),
};

const ACTIVATION_TEX: Record<Activation, string> = {
  sigmoid: '\\sigma',
  relu: '\\operatorname{ReLU}',
  tanh: '\\tanh',
  softmax: '\\operatorname{softmax}',
};

/** σ, ReLU, tanh or softmax as an operator name. */
export function activationTex(kind: Activation): string {
  return ACTIVATION_TEX[kind];
}

/** σ′, ReLU′, tanh′: the slope of an element-wise activation. */
export function slopeTex(kind: HiddenActivation | 'sigmoid'): string {
  return `${ACTIVATION_TEX[kind]}'`;
}
