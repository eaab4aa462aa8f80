/** The graphs the lab opens with: each an expression and a value for every input it names. */
export type GraphPresetId = 'shopping' | 'neuron' | 'squared-error';

/** A preset graph; its button's words are in the lab catalogue. */
export interface GraphPreset {
  id: GraphPresetId;
  expression: string;
  inputs: Readonly<Record<string, number>>;
}

/** The shopping bill's inputs, named in the reader's language. */
export interface ShoppingNames {
  apple: string;
  count: string;
  tax: string;
}

export function graphPresets({ apple, count, tax }: ShoppingNames): readonly GraphPreset[] {
  return [
    {
      // Hung-yi Lee's shopping bill: 2 apples at 100 each, tax 1.1 → 220.
      id: 'shopping',
      expression: `${apple} * ${count} * ${tax}`,
      inputs: { [apple]: 100, [count]: 2, [tax]: 1.1 },
    },
    {
      id: 'neuron',
      expression: 'sigmoid(w * x + b)',
      inputs: { w: 1.5, x: 2, b: -1 },
    },
    {
      id: 'squared-error',
      expression: 'square(tanh(x) - y)',
      inputs: { x: 0.5, y: 1 },
    },
  ];
}

/** Inputs may range this far either side of 0. */
export const INPUT_RANGE = 10000;
/** A name that appears in a new expression starts at this value. */
export const NEW_INPUT_VALUE = 1;
