import { liveKnowledge } from '../backprop/liveKnowledge';
import type { BackpropLesson } from '../engine/lesson';
import { traceLesson } from '../engine/lesson';
import type { NetworkSpec } from '../engine/network';
import type { AppText } from '../i18n/en/app';
import { chainRuleFor } from './chainRule';
import type { TexLine } from './texLine';

/** The digit on screen as network input, with its label when one is known. */
export interface LiveExample {
  input: Float64Array;
  label: number | null;
}

/**
 * The example traced under the weights of the moment. An unlabelled drawing is traced against
 * the target of digit 0: only its forward pass is shown, and no label changes that.
 */
export function traceLive(
  spec: NetworkSpec,
  params: { weights: Float64Array[]; biases: Float64Array[] },
  example: LiveExample,
  learningRate: number,
): BackpropLesson {
  const net = { ...spec, weights: params.weights, biases: params.biases };
  return traceLesson(net, example.input, example.label ?? 0, learningRate);
}

export interface LiveChainRuleView {
  title: string;
  /** z and a: what the neuron computes from the digit. */
  forward: TexLine[];
  /** The cost's dependence on it, down to ∂C/∂b; empty without a label. */
  backward: TexLine[];
}

/** The chain rule of one hidden or output neuron, split into the forward and backward pass. */
export function liveChainRule(
  lesson: BackpropLesson,
  labelled: boolean,
  neuron: { layer: number; index: number },
  t: AppText,
): LiveChainRuleView {
  const layers = lesson.spec.sizes.length;
  const focus = { kind: 'neuron', ...neuron } as const;
  const forward = chainRuleFor(lesson, liveKnowledge(layers, false), focus, t);
  if (!labelled) return { title: forward.title, forward: forward.lines, backward: [] };
  const all = chainRuleFor(lesson, liveKnowledge(layers, true), focus, t).lines;
  return {
    title: forward.title,
    forward: forward.lines,
    backward: all.slice(forward.lines.length),
  };
}
