import { exampleCost } from '../engine/costs';
import type { BackpropLesson } from '../engine/lesson';
import type { AppText } from '../i18n/en/app';
import { displayIndex, outputLayerOf } from './lessonValues';
import { paint, sym } from './symbols';
import type { Index } from './symbols';
import type { TexLine } from './texLine';
import { equation } from './texLine';
import { texFactor, texNumber } from './texNumber';

/** The cost as seen from one output neuron: its own term, the total, and what it wants. */

/** What the sign of ∂C/∂a says about the neuron, in words. */
export function wantsCaption(dCda: number, t: AppText): string {
  if (dCda < 0) return t.math.wantsUp;
  if (dCda > 0) return t.math.wantsDown;
  if (dCda === 0) return t.math.wantsNone;
  return t.math.wantsNaN;
}

function isSoftmaxCrossEntropy(lesson: BackpropLesson): boolean {
  return lesson.spec.cost === 'cross-entropy' && lesson.spec.output === 'softmax';
}

/** Output j's share of the cost, computed by the engine's own cost function on that output alone. */
function costTerm(lesson: BackpropLesson, j: number): number {
  const { spec, trace } = lesson;
  // Only the true digit's −y ln a is non-zero, so its term is the whole cost.
  if (isSoftmaxCrossEntropy(lesson)) return j === lesson.label ? trace.cost : 0;
  const L = outputLayerOf(spec);
  const y = trace.target.subarray(j, j + 1);
  return exampleCost(spec.cost, spec.output, trace.z[L], trace.a[L], y, j, 1);
}

/** One output's term of the cost, for a and y given as symbols or as numbers. */
function costTermTex(lesson: BackpropLesson, a: string, y: string): string {
  switch (lesson.spec.cost) {
    case 'squared':
      return `(${a} - ${y})^2`;
    case 'half-squared':
      return `\\tfrac{1}{2}(${a} - ${y})^2`;
    case 'cross-entropy':
      return lesson.spec.output === 'softmax'
        ? `-${y} \\ln ${a}`
        : `-[${y} \\ln ${a} + (1 - ${y}) \\ln(1 - ${a})]`;
  }
}

function symbolicTerm(lesson: BackpropLesson, J: Index): string {
  const L = outputLayerOf(lesson.spec);
  return costTermTex(lesson, sym.a(J, L), sym.y(J));
}

function substitutedTerm(lesson: BackpropLesson, j: number): string {
  const L = outputLayerOf(lesson.spec);
  const a = texFactor(lesson.trace.a[L][j]);
  return costTermTex(lesson, a, paint('y', texNumber(lesson.trace.target[j])));
}

export function costTermLine(lesson: BackpropLesson, j: number, t: AppText): TexLine {
  const J = displayIndex(lesson, outputLayerOf(lesson.spec), j);
  const term = costTerm(lesson, j);
  return {
    tex: equation(symbolicTerm(lesson, J), substitutedTerm(lesson, j), texNumber(term)),
    caption: t.math.costTerm(lesson.trace.target[j], lesson.label),
    value: term,
    testId: 'chain-rule-cost-term',
  };
}

/** C₀ as this output's term plus the others' total (softmax cross-entropy: −ln a of the label). */
export function costLine(lesson: BackpropLesson, j: number, t: AppText): TexLine {
  const L = outputLayerOf(lesson.spec);
  const common = { value: lesson.trace.cost, testId: 'chain-rule-cost' };
  const cost = paint('cost', texNumber(lesson.trace.cost));
  if (isSoftmaxCrossEntropy(lesson)) {
    const label = displayIndex(lesson, L, lesson.label);
    return {
      ...common,
      tex: equation(
        `${sym.cost} = -\\sum_j ${sym.y('j')} \\ln ${sym.a('j', L)} = -\\ln ${sym.a(label, L)}`,
        `-\\ln ${texFactor(lesson.trace.a[L][lesson.label])}`,
        cost,
      ),
      caption: t.math.costSoftmax,
    };
  }
  const nOut = lesson.spec.sizes[L];
  const terms = Array.from({ length: nOut }, (_, i) => costTerm(lesson, i));
  const others = terms.reduce((sum, t, i) => (i === j ? sum : sum + t), 0);
  const parts = [`\\underbrace{${texNumber(terms[j])}}_{\\text{${t.math.thisOutput}}}`];
  if (nOut > 1)
    parts.push(`\\underbrace{${texNumber(others)}}_{\\text{${t.math.others(nOut - 1)}}}`);
  return {
    ...common,
    tex: equation(`${sym.cost} = \\sum_j ${symbolicTerm(lesson, 'j')}`, parts.join(' + '), cost),
    caption: t.math.costSum,
  };
}

/** ∂C/∂a of output j: which way, and how strongly, the cost wants it to move. */
export function wantsLine(lesson: BackpropLesson, j: number, t: AppText): TexLine {
  const L = outputLayerOf(lesson.spec);
  const J = displayIndex(lesson, L, j);
  const dCda = lesson.trace.dCda[L][j];
  const forms = (a: string, y: string): string => {
    switch (lesson.spec.cost) {
      case 'squared':
        return `2(${a} - ${y})`;
      case 'half-squared':
        return `${a} - ${y}`;
      case 'cross-entropy':
        return lesson.spec.output === 'softmax'
          ? `-\\frac{${y}}{${a}}`
          : `\\frac{${a} - ${y}}{${a}(1 - ${a})}`;
    }
  };
  return {
    tex: equation(
      `${sym.dCd(sym.a(J, L))} = ${forms(sym.a(J, L), sym.y(J))}`,
      forms(texFactor(lesson.trace.a[L][j]), paint('y', texNumber(lesson.trace.target[j]))),
      texNumber(dCda),
    ),
    caption: wantsCaption(dCda, t),
    value: dCda,
    testId: 'chain-rule-dCda',
  };
}
