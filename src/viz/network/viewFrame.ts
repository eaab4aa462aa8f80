import type { BackpropLesson } from '../../engine/lesson';
import { argmax } from '../../engine/network';
import type { BackpropStep, StepKnowledge } from '../../backprop/steps';
import type { EdgeMode } from '../../vocabulary';
import type { TrainingSnapshot } from '../../worker/protocol';
import type { EdgeInputs } from './paintEdges';

/** What a layer's circles show: activations, the desired nudges ∂C/∂a, δ = ∂C/∂z, or nothing. */
export type NeuronQuantity = 'a' | 'dCda' | 'dCdz' | 'unknown';

export interface LayerPaint {
  quantity: NeuronQuantity;
  values: Float64Array | null;
}

/** Everything the network view paints, from the live snapshot or from a backprop step. */
export interface ViewFrame {
  edges: EdgeInputs;
  /** The edge layer repaints only when one of these changes. */
  edgeKey: unknown[];
  /** Per layer, input first. */
  layers: LayerPaint[];
  /** The output neuron to mark as the answer (or the true label in a lesson), −1 for none. */
  best: number;
  /** The columns in play, [from, to]: the rest is dimmed. Null: nothing dimmed. */
  band: readonly [number, number] | null;
  /** −∂C/∂a of the layer in play, drawn as 3Blue1Brown's up/down nudge arrows. */
  nudges: { layer: number; values: Float64Array } | null;
}

export function liveFrame(
  snapshot: TrainingSnapshot,
  edgeMode: EdgeMode,
  known: boolean,
): ViewFrame {
  const a = known ? (snapshot.probe?.a ?? null) : null;
  const contribution = edgeMode === 'contribution';
  return {
    edges: { weights: snapshot.weights, a, mode: edgeMode },
    edgeKey: [snapshot.weightsVersion, edgeMode, contribution ? snapshot.probe : null, known],
    layers: Array.from({ length: snapshot.weights.length + 1 }, (_, l) =>
      a ? { quantity: 'a', values: a[l] } : { quantity: 'unknown', values: null },
    ),
    best: a ? argmax(a[a.length - 1]) : -1,
    band: null,
    nudges: null,
  };
}

function stepBand(step: BackpropStep, L: number): readonly [number, number] | null {
  switch (step.kind) {
    case 'forward':
      return [step.layer - 1, step.layer];
    case 'cost':
    case 'wants':
    case 'output-delta':
      return [L, L];
    case 'desires':
      return [step.layer, step.layer + 1];
    case 'delta':
      return [step.layer, step.layer];
    default:
      return null;
  }
}

function layerPaint(lesson: BackpropLesson, k: StepKnowledge, l: number): LayerPaint {
  const t = lesson.trace;
  if (k.after) return { quantity: 'a', values: lesson.after.a[l] };
  if (l > k.forwardUpTo) return { quantity: 'unknown', values: null };
  if (k.dCdz[l]) return { quantity: 'dCdz', values: t.dCdz[l] };
  if (k.dCda[l]) return { quantity: 'dCda', values: t.dCda[l] };
  return { quantity: 'a', values: t.a[l] };
}

/** The view at one step of the timeline: only what that step has computed. */
export function lessonFrame(
  lesson: BackpropLesson,
  step: BackpropStep,
  knowledge: StepKnowledge,
  edgeMode: EdgeMode,
): ViewFrame {
  const L = lesson.spec.sizes.length - 1;
  const t = lesson.trace;
  const a = knowledge.after ? lesson.after.a : t.a;
  const gradient = knowledge.gradient && !knowledge.after;
  const weights = gradient ? t.dCdW : knowledge.after ? lesson.after.weights : lesson.weights;
  const mode = gradient ? 'weight' : edgeMode;
  const wants = step.kind === 'wants' || step.kind === 'desires';
  return {
    edges: { weights, a, mode, negate: gradient },
    edgeKey: [lesson, weights, mode],
    layers: lesson.spec.sizes.map((_, l) => layerPaint(lesson, knowledge, l)),
    best: lesson.label,
    band: stepBand(step, L),
    nudges: wants ? { layer: step.layer, values: t.dCda[step.layer].map((v) => -v) } : null,
  };
}
