/** Input vectors worth a look, each with the target it is judged against (0-based). */
export interface Preset {
  id: string;
  label: string;
  x: readonly number[];
  target: number;
}

/** The sliders' range: wide enough to push both activations deep into saturation. */
export const INPUT_RANGE = { min: -10, max: 10 } as const;

export const PRESETS: readonly Preset[] = [
  { id: 'mixed', label: 'Mixed inputs', x: [1.5, 0.5, -0.5, -1], target: 1 },
  // Softmax is ~99.9% sure of output 2 while the answer is output 1: squared error's δ all but
  // vanishes here, cross-entropy's does not.
  { id: 'saturated-wrong', label: 'Saturated and wrong', x: [0, 8, 0, 0], target: 0 },
  { id: 'saturated-right', label: 'Saturated and right', x: [8, 0, 0, 0], target: 0 },
];
