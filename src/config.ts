/** Colours, sizes and limits in one place (3Blue1Brown's palette on a dark stage). */
export const COLORS = {
  background: '#0b0d12',
  panel: '#151922',
  text: '#f2f2f2',
  muted: '#a8adb9',
  /** 3Blue1Brown: w blue, b pink, z green, y gold, C red. */
  weight: '#58c4dd',
  bias: '#ff8ccf',
  z: '#83c167',
  y: '#ffd166',
  cost: '#fc6255',
  positive: '#58c4dd',
  negative: '#fc6255',
  /** Desired nudges (−∂C/∂a, −∂C/∂z): a neuron that should go up, or down. */
  raise: '#b18cff',
  lower: '#ffa94d',
  /** A neuron whose value the current step has not computed yet. */
  unknown: '#23262f',
} as const;

export const DIGIT_SIDE = 28;

/** Hyper-parameter bounds the page accepts. */
export const LIMITS = {
  learningRate: { min: 1e-4, max: 100 },
  batchSize: { min: 1, max: 1024 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  epochs: { min: 1, max: 1000 },
  hiddenLayers: { min: 0, max: 3 },
  /** Wide enough to experiment, narrow enough that every neuron still shows as a circle. */
  hiddenWidth: { min: 1, max: 128 },
} as const;

export const MODELS_INDEX_URL = 'models/index.json';
export const DEFAULT_MODEL_ID = '3b1b';

/** The sequence page's shipped recurrent models (scripts/train-recurrent.ts writes them). */
export const RECURRENT_MODELS_DIR = 'models/recurrent/';
export const RECURRENT_INDEX_URL = `${RECURRENT_MODELS_DIR}index.json`;
