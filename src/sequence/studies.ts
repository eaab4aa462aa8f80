/** The forget-gate biases the study compares: the notes advise 1 or 2 over 0. */
export const FORGET_BIASES = [0, 1, 2] as const;

/** The scale study's slider: U of the shipped RNN times this, on a log scale. */
export const RNN_SCALE = { min: 0.25, max: 4 } as const;

/**
 * The LSTM forget biases a long-memory run may start from: the notes' 0 to 2, and 4, which a
 * delay of 100 rows needs (σ(4) ≈ 0.98 keeps nearly all of the cell state at every step).
 */
export const LONG_MEMORY_FORGET_BIASES = [0, 1, 2, 4] as const;
