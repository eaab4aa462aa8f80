import type { BackpropLesson } from '../engine/lesson';
import type { BackpropStep } from './steps';

/** A neuron or an edge (w_jk into neuron j of `layer`): what the chain-rule panel explains. */
export type LessonFocus =
  | { kind: 'neuron'; layer: number; index: number }
  | { kind: 'edge'; layer: number; j: number; k: number };

/** The neuron a focus is about: the neuron itself, or the one an edge leads into. */
export function focusNeuron(focus: LessonFocus): { layer: number; index: number } {
  return { layer: focus.layer, index: focus.kind === 'edge' ? focus.j : focus.index };
}

function strongest(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    if (Math.abs(values[i]) > Math.abs(values[best])) best = i;
  }
  return best;
}

/**
 * With nothing hovered or selected, the panel follows the step: the neuron of the layer in
 * play that matters most there (the true digit's neuron at the output).
 */
export function defaultFocus(lesson: BackpropLesson, step: BackpropStep): LessonFocus {
  const L = lesson.spec.sizes.length - 1;
  const t = lesson.trace;
  const l = step.layer;
  if (l === L) return { kind: 'neuron', layer: L, index: lesson.label };
  const values = step.kind === 'forward' ? t.a[l] : step.kind === 'delta' ? t.dCdz[l] : t.dCda[l];
  return { kind: 'neuron', layer: l, index: strongest(values) };
}
