import { DIGIT_SIDE, LIMITS } from '../config';

/** Every network reads one MNIST digit, 28 × 28 pixels. */
export const INPUT_SIZE = DIGIT_SIDE * DIGIT_SIDE;
/** One output neuron per digit 0-9. */
export const OUTPUT_SIZE = 10;
/** The input, the hidden layers the page can show, the output. */
export const MAX_LAYERS = LIMITS.hiddenLayers.max + 2;
/** The widest layer any network has: the input. */
export const MAX_LAYER_SIZE = Math.max(INPUT_SIZE, LIMITS.hiddenWidth.max, OUTPUT_SIZE);

/** A value named in a message: numbers as written, anything else by its kind. */
const shown = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value);

/**
 * Why these layer sizes are not a network the app can show and train, or null when they are:
 * 784 inputs, 0 to 3 hidden layers of 1 to 128 neurons, 10 outputs. One rule for model files
 * and for the networks the page asks the engine to build.
 */
export function layerSizesProblem(sizes: unknown, field: string): string | null {
  const { max: hiddenLayers } = LIMITS.hiddenLayers;
  const { min: narrowest, max: widest } = LIMITS.hiddenWidth;
  if (!Array.isArray(sizes) || sizes.length < 2 || sizes.length > MAX_LAYERS) {
    return `"${field}" must list ${INPUT_SIZE} inputs, 0 to ${hiddenLayers} hidden layers and ${OUTPUT_SIZE} outputs`;
  }
  const last = sizes.length - 1;
  if (sizes[0] !== INPUT_SIZE) {
    return `"${field}[0]" must be ${INPUT_SIZE} (28 × 28 pixels); found ${shown(sizes[0])}`;
  }
  if (sizes[last] !== OUTPUT_SIZE) {
    return `"${field}[${last}]" must be ${OUTPUT_SIZE} (one output per digit); found ${shown(sizes[last])}`;
  }
  for (let l = 1; l < last; l++) {
    const n: unknown = sizes[l];
    if (!Number.isInteger(n) || (n as number) < narrowest || (n as number) > widest) {
      return `"${field}[${l}]" must be a whole number from ${narrowest} to ${widest}; found ${shown(n)}`;
    }
  }
  return null;
}
