export type JacobianPresetId = 'mixed' | 'saturated-wrong' | 'saturated-right';

/** Input vectors worth a look (named in the lab catalogue), each with its target (0-based). */
export interface Preset {
  id: JacobianPresetId;
  x: readonly number[];
  target: number;
}

/** The sliders' range: wide enough to push both activations deep into saturation. */
export const INPUT_RANGE = { min: -10, max: 10 } as const;

export const PRESETS: readonly Preset[] = [
  { id: 'mixed', x: [1.5, 0.5, -0.5, -1], target: 1 },
  // Softmax is ~99.9% sure of output 2 while the answer is output 1: squared error's δ all but
  // vanishes here, cross-entropy's does not.
  { id: 'saturated-wrong', x: [0, 8, 0, 0], target: 0 },
  { id: 'saturated-right', x: [8, 0, 0, 0], target: 0 },
];
