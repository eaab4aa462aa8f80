/** The graphs the lab opens with: each an expression and a value for every input it names. */
export interface GraphPreset {
  id: 'shopping' | 'neuron' | 'squared-error';
  label: string;
  expression: string;
  inputs: Readonly<Record<string, number>>;
}

export const PRESETS: readonly GraphPreset[] = [
  {
    // Hung-yi Lee's shopping bill: 2 apples at 100 each, tax 1.1 → 220.
    id: 'shopping',
    label: 'Shopping: apples × tax',
    expression: 'apple * count * tax',
    inputs: { apple: 100, count: 2, tax: 1.1 },
  },
  {
    id: 'neuron',
    label: 'One neuron: σ(w·x + b)',
    expression: 'sigmoid(w * x + b)',
    inputs: { w: 1.5, x: 2, b: -1 },
  },
  {
    id: 'squared-error',
    label: 'Squared error: (tanh x − y)²',
    expression: 'square(tanh(x) - y)',
    inputs: { x: 0.5, y: 1 },
  },
];

/** Inputs may range this far either side of 0. */
export const INPUT_RANGE = 10000;
/** A name that appears in a new expression starts at this value. */
export const NEW_INPUT_VALUE = 1;
