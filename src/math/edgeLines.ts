import type { BackpropLesson } from '../engine/lesson';
import type { AppText } from '../i18n/en/app';
import { paramGradient, paramValue } from '../engine/lesson';
import type { StepKnowledge } from '../backprop/steps';
import { displayIndex, elementwiseActivation, slopeAt, weightIndex } from './lessonValues';
import { paint, slopeTex, sym } from './symbols';
import type { TexLine } from './texLine';
import { equation, product } from './texLine';
import { shownNumber } from './shownNumber';
import { texFactor, texNumber } from './texNumber';

/** One weight w_jk of `layer`: into neuron j of `layer` from neuron k of layer − 1. */
export interface EdgeAt {
  lesson: BackpropLesson;
  layer: number;
  j: number;
  k: number;
}

/** A factor the current step has not computed yet. */
const UNKNOWN = '{?}';

function names({ lesson, layer, j, k }: EdgeAt) {
  const J = displayIndex(lesson, layer, j);
  const K = displayIndex(lesson, layer - 1, k);
  return { J, K, w: sym.w(J, K, layer), aK: sym.a(K, layer - 1) };
}

function weightOf({ lesson, layer, j, k }: EdgeAt): number {
  return paramValue(lesson, { kind: 'weight', layer, j, k });
}

/** The parameter itself: known before anything is computed. */
export function weightLine(edge: EdgeAt, t: AppText): TexLine {
  const w = weightOf(edge);
  return {
    tex: equation(names(edge).w, paint('weight', texNumber(w))),
    caption: t.math.weight,
    value: w,
    testId: 'chain-rule-weight',
  };
}

/** w_jk a_k: the edge's share of z_j in the forward pass. */
export function contributionLine(edge: EdgeAt, t: AppText): TexLine {
  const { lesson, layer, j, k } = edge;
  const { J, w, aK } = names(edge);
  const weight = weightOf(edge);
  const a = lesson.trace.a[layer - 1][k];
  const share = weight * a;
  return {
    tex: equation(
      `${w} ${aK}`,
      product([paint('weight', texFactor(weight)), texFactor(a)]),
      texNumber(share),
    ),
    caption: t.math.contribution(shownNumber(lesson.trace.z[layer][j]), J),
    value: share,
    testId: 'chain-rule-contribution',
  };
}

/**
 * ∂C/∂w_jk by the chain rule, with the factors the current step knows substituted and the
 * others shown as "?". The product is evaluated only once the gradient step has computed it.
 */
export function weightGradientLine(edge: EdgeAt, knowledge: StepKnowledge, t: AppText): TexLine {
  const { lesson, layer, j, k } = edge;
  const { J, w, aK } = names(edge);
  const zJ = sym.z(J, layer);
  const aJ = sym.a(J, layer);
  const kind = elementwiseActivation(lesson.spec, layer);
  const inputFactor = texFactor(lesson.trace.a[layer - 1][k]);
  // A softmax or cross-entropy output has no element-wise σ′: go straight through δ_j = ∂C/∂z_j.
  const known = kind ? knowledge.dCda[layer] : knowledge.dCdz[layer];
  const chain = kind
    ? {
        links: [sym.partial(zJ, w), sym.partial(aJ, zJ), sym.dCd(aJ)],
        factors: [aK, `${slopeTex(kind)}(${zJ})`, sym.dCd(aJ)],
        numbers: [
          inputFactor,
          texFactor(slopeAt(lesson, kind, layer, j)),
          known ? texFactor(lesson.trace.dCda[layer][j]) : UNKNOWN,
        ],
        awaited: '∂C/∂a',
      }
    : {
        links: [sym.partial(zJ, w), sym.dCd(zJ)],
        factors: [aK, sym.dCd(zJ)],
        numbers: [inputFactor, known ? texFactor(lesson.trace.dCdz[layer][j]) : UNKNOWN],
        awaited: 'δ = ∂C/∂z',
      };
  const sides = [
    `${sym.dCd(w)} = ${product(chain.links)}`,
    product(chain.factors),
    product(chain.numbers),
  ];
  if (!knowledge.gradient) {
    return {
      tex: equation(...sides),
      caption: known ? t.math.factorsKnown : t.math.factorAwaited(chain.awaited, J),
      testId: 'chain-rule-dCdw-pending',
    };
  }
  const value = paramGradient(lesson, { kind: 'weight', layer, j, k });
  return {
    tex: equation(...sides, texNumber(value)),
    caption: t.math.weightGradient,
    value,
    testId: 'chain-rule-dCdw',
  };
}

/** w′_jk = w_jk − η ∂C/∂w_jk. */
export function weightUpdateLine(edge: EdgeAt, t: AppText): TexLine {
  const { lesson, layer, j, k } = edge;
  const { J, K, w } = names(edge);
  const value = lesson.after.weights[layer - 1][weightIndex(lesson.spec, layer, j, k)];
  const gradient = paramGradient(lesson, { kind: 'weight', layer, j, k });
  return {
    tex: equation(
      `${sym.updatedW(J, K, layer)} = ${w} - ${sym.eta} ${sym.dCd(w)}`,
      `${paint('weight', texNumber(weightOf(edge)))} - ${product([
        texFactor(lesson.learningRate),
        texFactor(gradient),
      ])}`,
      paint('weight', texNumber(value)),
    ),
    caption: t.math.update,
    value,
    testId: 'chain-rule-updated',
  };
}
