import type { LessonFocus } from '../backprop/lessonFocus';
import type { StepKnowledge } from '../backprop/steps';
import type { BackpropLesson } from '../engine/lesson';
import type { EdgeAt } from './edgeLines';
import { contributionLine, weightGradientLine, weightLine, weightUpdateLine } from './edgeLines';
import { displayIndex, outputLayerOf } from './lessonValues';
import {
  afterLines,
  biasGradientLine,
  biasUpdateLine,
  deltaLines,
  desiresLine,
} from './neuronBackward';
import { activationLine, inputLine, zLine } from './neuronForward';
import { costLine, costTermLine, wantsLine } from './outputCost';
import type { TexLine } from './texLine';

export type { TexLine } from './texLine';

export type { LessonFocus };

export interface ChainRuleView {
  title: string;
  lines: TexLine[];
  /**
   * shown when the step has not computed this yet: set while the forward pass has not reached
   * the focus's layer (a neuron then has no lines; an edge still shows its weight)
   */
  pending: string | null;
}

/** "Output neuron “7”", "Hidden layer 2, neuron 5", "Input pixel 301". */
function neuronTitle(lesson: BackpropLesson, layer: number, index: number): string {
  const name = displayIndex(lesson, layer, index);
  if (layer === 0) return `Input pixel ${name}`;
  if (layer === outputLayerOf(lesson.spec)) return `Output neuron “${name}”`;
  return `Hidden layer ${layer}, neuron ${name}`;
}

function notForwardYet(lesson: BackpropLesson, layer: number): string {
  const target =
    layer === outputLayerOf(lesson.spec) ? 'the output layer' : `hidden layer ${layer}`;
  return `Not computed yet: step forward to ${target}.`;
}

/** Everything the steps so far have computed about one neuron, in the order they computed it. */
function neuronLines(
  lesson: BackpropLesson,
  knowledge: StepKnowledge,
  layer: number,
  j: number,
): TexLine[] {
  if (layer === 0) return [inputLine(lesson, j)];
  if (knowledge.forwardUpTo < layer) return [];
  const isOutput = layer === outputLayerOf(lesson.spec);
  const lines = [zLine(lesson, layer, j), activationLine(lesson, layer, j)];
  if (isOutput && knowledge.cost) lines.push(costTermLine(lesson, j), costLine(lesson, j));
  if (knowledge.dCda[layer]) {
    lines.push(isOutput ? wantsLine(lesson, j) : desiresLine(lesson, layer, j));
  }
  if (knowledge.dCdz[layer]) lines.push(...deltaLines(lesson, layer, j));
  if (knowledge.gradient) lines.push(biasGradientLine(lesson, layer, j));
  if (knowledge.update) lines.push(biasUpdateLine(lesson, layer, j));
  if (knowledge.after) lines.push(...afterLines(lesson, layer, j));
  return lines;
}

/** The weight itself, then its part in the forward pass and its chain rule once z_j is known. */
function edgeLines(edge: EdgeAt, knowledge: StepKnowledge): TexLine[] {
  const lines = [weightLine(edge)];
  if (knowledge.forwardUpTo < edge.layer) return lines;
  lines.push(contributionLine(edge), weightGradientLine(edge, knowledge));
  if (knowledge.update) lines.push(weightUpdateLine(edge));
  return lines;
}

/**
 * The chain rule for the focused neuron or weight at the current step: each line a formula,
 * its numbers from the lesson substituted, and the result. Only what `knowledge` says has been
 * computed appears; `pending` says what to step to when the focus's forward pass is still ahead.
 */
export function chainRuleFor(
  lesson: BackpropLesson,
  knowledge: StepKnowledge,
  focus: LessonFocus,
): ChainRuleView {
  const pending = knowledge.forwardUpTo < focus.layer ? notForwardYet(lesson, focus.layer) : null;
  if (focus.kind === 'neuron') {
    return {
      title: neuronTitle(lesson, focus.layer, focus.index),
      lines: neuronLines(lesson, knowledge, focus.layer, focus.index),
      pending,
    };
  }
  const { layer, j, k } = focus;
  const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const to = lowerFirst(neuronTitle(lesson, layer, j));
  const from = lowerFirst(neuronTitle(lesson, layer - 1, k));
  return {
    title: `Weight into ${to} from ${from}`,
    lines: edgeLines({ lesson, layer, j, k }, knowledge),
    pending,
  };
}
