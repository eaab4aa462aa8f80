import { parameterArrays } from './recurrentModel';
import type { RecurrentModel } from './recurrentModel';
import { backpropSequence, runSequence } from './sequencePass';

/**
 * BPTT for one labelled sequence x (steps × inputSize, time-major), step by step as the
 * equations read: L = −log p_label and ∂L/∂θ for every parameter array, in parameterArrays
 * order. `truncate: k` keeps the last k steps of each cell (sequencePass.ts keptSteps).
 */
export function sequenceGradient(
  model: RecurrentModel,
  x: Float64Array,
  steps: number,
  label: number,
  options: { truncate?: number } = {},
): { loss: number; grads: Float64Array[] } {
  const run = runSequence(model, x, steps);
  const { loss, gradient } = backpropSequence(model, run, label, options.truncate);
  return { loss, grads: parameterArrays(gradient) };
}

/** The class probabilities softmax(V r + c) after reading the sequence. */
export function predictSequence(
  model: RecurrentModel,
  x: Float64Array,
  steps: number,
): Float64Array {
  return runSequence(model, x, steps).probabilities;
}
