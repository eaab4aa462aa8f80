import type { LessonFocus } from '../backprop/lessonFocus';
import type { StepKnowledge } from '../backprop/steps';
import type { BackpropLesson } from '../engine/lesson';
import type { AppText } from '../i18n/en/app';
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
function neuronTitle(lesson: BackpropLesson, layer: number, index: number, t: AppText): string {
  const name = displayIndex(lesson, layer, index);
  if (layer === 0) return t.names.inputPixel(name);
  if (layer === outputLayerOf(lesson.spec)) return t.names.outputNeuron(name);
  return t.names.hiddenNeuron(layer, name);
}

function notForwardYet(lesson: BackpropLesson, layer: number, t: AppText): string {
  return layer === outputLayerOf(lesson.spec) ? t.math.pendingOutput : t.math.pendingHidden(layer);
}

/** Everything the steps so far have computed about one neuron, in the order they computed it. */
function neuronLines(
  lesson: BackpropLesson,
  knowledge: StepKnowledge,
  layer: number,
  j: number,
  t: AppText,
): TexLine[] {
  if (layer === 0) return [inputLine(lesson, j, t)];
  if (knowledge.forwardUpTo < layer) return [];
  const isOutput = layer === outputLayerOf(lesson.spec);
  const lines = [zLine(lesson, layer, j, t), activationLine(lesson, layer, j, t)];
  if (isOutput && knowledge.cost) lines.push(costTermLine(lesson, j, t), costLine(lesson, j, t));
  if (knowledge.dCda[layer]) {
    lines.push(isOutput ? wantsLine(lesson, j, t) : desiresLine(lesson, layer, j, t));
  }
  if (knowledge.dCdz[layer]) lines.push(...deltaLines(lesson, layer, j, t));
  if (knowledge.gradient) lines.push(biasGradientLine(lesson, layer, j, t));
  if (knowledge.update) lines.push(biasUpdateLine(lesson, layer, j, t));
  if (knowledge.after) lines.push(...afterLines(lesson, layer, j, t));
  return lines;
}

/** The weight itself, then its part in the forward pass and its chain rule once z_j is known. */
function edgeLines(edge: EdgeAt, knowledge: StepKnowledge, t: AppText): TexLine[] {
  const lines = [weightLine(edge, t)];
  if (knowledge.forwardUpTo < edge.layer) return lines;
  lines.push(contributionLine(edge, t), weightGradientLine(edge, knowledge, t));
  if (knowledge.update) lines.push(weightUpdateLine(edge, t));
  return lines;
}

/**
 * The chain rule for the focused neuron or weight at the current step: each line a formula,
 * its numbers from the lesson substituted, and the result. Only what `knowledge` says has been
 * computed appears; `pending` says what to step to when the focus's forward pass is still ahead.
 * Captions and titles are in the language of `t`.
 */
export function chainRuleFor(
  lesson: BackpropLesson,
  knowledge: StepKnowledge,
  focus: LessonFocus,
  t: AppText,
): ChainRuleView {
  const pending =
    knowledge.forwardUpTo < focus.layer ? notForwardYet(lesson, focus.layer, t) : null;
  if (focus.kind === 'neuron') {
    return {
      title: neuronTitle(lesson, focus.layer, focus.index, t),
      lines: neuronLines(lesson, knowledge, focus.layer, focus.index, t),
      pending,
    };
  }
  const { layer, j, k } = focus;
  return {
    title: t.math.weightTitle(
      neuronTitle(lesson, layer, j, t),
      neuronTitle(lesson, layer - 1, k, t),
    ),
    lines: edgeLines({ lesson, layer, j, k }, knowledge, t),
    pending,
  };
}
