import type { HiddenActivation } from '../engine/activations';
import { slope } from '../engine/activations';
import type { BackpropLesson } from '../engine/lesson';
import type { NetworkSpec } from '../engine/network';
import { neuronName } from './symbols';

/** Read-only access to the lesson's numbers, so every line shows exactly what the engine traced. */

export function outputLayerOf(spec: NetworkSpec): number {
  return spec.sizes.length - 1;
}

/** The displayed name of neuron `index` in `layer` (see neuronName). */
export function displayIndex(lesson: BackpropLesson, layer: number, index: number): number {
  return neuronName(layer, index, outputLayerOf(lesson.spec));
}

/** Position of w_jk of `layer` in weights[layer − 1]. */
export function weightIndex(spec: NetworkSpec, layer: number, j: number, k: number): number {
  return j * spec.sizes[layer - 1] + k;
}

/**
 * The activation of a layer whose δ the engine computes element-wise as σ′(z)·∂C/∂a, or null:
 * a softmax output needs its full Jacobian, and cross-entropy collapses to δ = a − y.
 */
export function elementwiseActivation(
  spec: NetworkSpec,
  layer: number,
): HiddenActivation | 'sigmoid' | null {
  if (layer < outputLayerOf(spec)) return spec.hidden;
  return spec.output === 'sigmoid' && spec.cost !== 'cross-entropy' ? 'sigmoid' : null;
}

/** σ′(z_j) of an element-wise layer, from the traced z and a. */
export function slopeAt(
  lesson: BackpropLesson,
  kind: HiddenActivation | 'sigmoid',
  layer: number,
  j: number,
): number {
  return slope(kind, lesson.trace.z[layer][j], lesson.trace.a[layer][j]);
}
