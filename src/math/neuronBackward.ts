import type { HiddenActivation } from '../engine/activations';
import type { BackpropLesson } from '../engine/lesson';
import type { AppText } from '../i18n/en/app';
import { displayIndex, elementwiseActivation, outputLayerOf, slopeAt } from './lessonValues';
import { wantsCaption } from './outputCost';
import { sumTex } from './sumTerms';
import { paint, slopeTex, sym } from './symbols';
import type { TexLine } from './texLine';
import { equation, product } from './texLine';
import { agreeingDigits } from './agreeingDigits';
import { texFactor, texNumber } from './texNumber';

/** The backward pass as seen from one non-input neuron: ∂C/∂a, σ′(z), δ = ∂C/∂z. */

/** ∂C/∂a_k of a hidden neuron: the pulls of every neuron j of the next layer, added up. */
export function desiresLine(lesson: BackpropLesson, layer: number, k: number, t: AppText): TexLine {
  const K = displayIndex(lesson, layer, k);
  const next = layer + 1;
  const nIn = lesson.spec.sizes[layer];
  const W = lesson.weights[layer];
  const weights = Array.from({ length: lesson.spec.sizes[next] }, (_, j) => W[j * nIn + k]);
  const delta = lesson.trace.dCdz[next];
  const dCda = lesson.trace.dCda[next];
  const kind = elementwiseActivation(lesson.spec, next);
  const pulls = weights.map((w, j) => w * delta[j]);
  const w = (j: number) => paint('weight', texFactor(weights[j]));
  // A softmax or cross-entropy output has no element-wise σ′: its pull is written with δ_j.
  const [symbolicPull, numericPull] = kind
    ? [
        `${sym.w('j', K, next)} ${slopeTex(kind)}(${sym.z('j', next)}) ${sym.dCd(sym.a('j', next))}`,
        (j: number) =>
          product([w(j), texFactor(slopeAt(lesson, kind, next, j)), texFactor(dCda[j])]),
      ]
    : [
        `${sym.w('j', K, next)} ${sym.dCd(sym.z('j', next))}`,
        (j: number) => product([w(j), texFactor(delta[j])]),
      ];
  const value = lesson.trace.dCda[layer][k];
  return {
    tex: equation(
      `${sym.dCd(sym.a(K, layer))} = \\sum_j ${symbolicPull}`,
      sumTex(pulls, numericPull, t),
      texNumber(value),
    ),
    caption: t.math.desires(wantsCaption(value, t)),
    value,
    testId: 'chain-rule-dCda',
  };
}

/** σ′ in terms of a and z. */
function slopeSymbolic(kind: HiddenActivation | 'sigmoid', a: string, z: string): string {
  switch (kind) {
    case 'sigmoid':
      return `${a}(1 - ${a})`;
    case 'relu':
      return `[${z} > 0]`;
    case 'tanh':
      return `1 - {${a}}^2`;
  }
}

/** σ′ with the numbers; a sigmoid's 1 − a is its own factor so a near 1 still multiplies out. */
function slopeNumbers(kind: HiddenActivation | 'sigmoid', a: number, z: number): string {
  switch (kind) {
    case 'sigmoid':
      return product([texFactor(a), texFactor(1 - a)]);
    case 'relu':
      return `[${paint('z', texNumber(z))} > 0]`;
    case 'tanh': {
      // A saturated a would print as 1 and 1 − 1² would not be the slope shown.
      const digits = agreeingDigits([a], ([r]) => 1 - r * r, 1 - a * a);
      return `1 - ${texFactor(a, digits)}^2`;
    }
  }
}

/** σ′(z_j): the gain of this neuron in the backward pass. */
export function slopeLine(
  lesson: BackpropLesson,
  kind: HiddenActivation | 'sigmoid',
  layer: number,
  j: number,
  t: AppText,
): TexLine {
  const J = displayIndex(lesson, layer, j);
  const value = slopeAt(lesson, kind, layer, j);
  return {
    tex: equation(
      `${slopeTex(kind)}(${sym.z(J, layer)}) = ${slopeSymbolic(kind, sym.a(J, layer), sym.z(J, layer))}`,
      slopeNumbers(kind, lesson.trace.a[layer][j], lesson.trace.z[layer][j]),
      texNumber(value),
    ),
    caption: t.math.slope[kind],
    value,
    testId: 'chain-rule-slope',
  };
}

/** The right-hand side of δ_j and its numbers, in the form the engine computes it. */
function deltaForm(lesson: BackpropLesson, layer: number, j: number, t: AppText) {
  const J = displayIndex(lesson, layer, j);
  const { a, dCda, target } = lesson.trace;
  const kind = elementwiseActivation(lesson.spec, layer);
  if (kind) {
    return {
      symbolic: `${slopeTex(kind)}(${sym.z(J, layer)}) ${sym.dCd(sym.a(J, layer))}`,
      numbers: product([texFactor(slopeAt(lesson, kind, layer, j)), texFactor(dCda[layer][j])]),
      caption: t.math.deltaElementwise,
    };
  }
  if (lesson.spec.cost === 'cross-entropy') {
    return {
      symbolic: `${sym.a(J, layer)} - ${sym.y(J)}`,
      numbers: `${texFactor(a[layer][j])} - ${paint('y', texNumber(target[j]))}`,
      caption: t.math.deltaCrossEntropy,
    };
  }
  // Softmax Jacobian: δ_j = a_j (∂C/∂a_j − Σ_i a_i ∂C/∂a_i), summed in the engine's order.
  const pull = a[layer].reduce((sum, ai, i) => sum + ai * dCda[layer][i], 0);
  return {
    symbolic: `${sym.a(J, layer)}\\left(${sym.dCd(sym.a(J, layer))} - \\sum_i ${sym.a('i', layer)} ${sym.dCd(sym.a('i', layer))}\\right)`,
    numbers: product([
      texFactor(a[layer][j]),
      `(${texNumber(dCda[layer][j])} - ${texFactor(pull)})`,
    ]),
    caption: t.math.deltaSoftmax,
  };
}

/** δ_j = ∂C/∂z_j. */
export function deltaLine(lesson: BackpropLesson, layer: number, j: number, t: AppText): TexLine {
  const J = displayIndex(lesson, layer, j);
  const form = deltaForm(lesson, layer, j, t);
  const value = lesson.trace.dCdz[layer][j];
  return {
    tex: equation(
      `${sym.delta(J, layer)} = ${sym.dCd(sym.z(J, layer))} = ${form.symbolic}`,
      form.numbers,
      texNumber(value),
    ),
    caption: form.caption,
    value,
    testId: 'chain-rule-delta',
  };
}

/** σ′(z) then δ for an element-wise layer; δ alone where the output has no element-wise σ′. */
export function deltaLines(
  lesson: BackpropLesson,
  layer: number,
  j: number,
  t: AppText,
): TexLine[] {
  const kind = elementwiseActivation(lesson.spec, layer);
  const delta = deltaLine(lesson, layer, j, t);
  return kind ? [slopeLine(lesson, kind, layer, j, t), delta] : [delta];
}

/** ∂C/∂b_j = 1 · δ_j: z moves one-for-one with its bias. */
export function biasGradientLine(
  lesson: BackpropLesson,
  layer: number,
  j: number,
  t: AppText,
): TexLine {
  const J = displayIndex(lesson, layer, j);
  const b = sym.b(J, layer);
  const value = lesson.trace.dCdb[layer - 1][j];
  return {
    tex: equation(
      `${sym.dCd(b)} = ${sym.partial(sym.z(J, layer), b)} ${sym.dCd(sym.z(J, layer))}`,
      product(['1', sym.delta(J, layer)]),
      product(['1', texFactor(lesson.trace.dCdz[layer][j])]),
      texNumber(value),
    ),
    caption: t.math.biasGradient,
    value,
    testId: 'chain-rule-dCdb',
  };
}

/** b′_j = b_j − η ∂C/∂b_j. */
export function biasUpdateLine(
  lesson: BackpropLesson,
  layer: number,
  j: number,
  t: AppText,
): TexLine {
  const J = displayIndex(lesson, layer, j);
  const b = sym.b(J, layer);
  const value = lesson.after.biases[layer - 1][j];
  return {
    tex: equation(
      `${sym.updatedB(J, layer)} = ${b} - ${sym.eta} ${sym.dCd(b)}`,
      `${paint('bias', texNumber(lesson.biases[layer - 1][j]))} - ${product([
        texFactor(lesson.learningRate),
        texFactor(lesson.trace.dCdb[layer - 1][j]),
      ])}`,
      paint('bias', texNumber(value)),
    ),
    caption: t.math.update,
    value,
    testId: 'chain-rule-updated',
  };
}

/** The neuron (and for an output, the cost) in the forward pass after the step, beside the old. */
export function afterLines(
  lesson: BackpropLesson,
  layer: number,
  j: number,
  t: AppText,
): TexLine[] {
  const J = displayIndex(lesson, layer, j);
  const was = (x: number) => ` \\qquad (\\text{${t.math.was}} ${texNumber(x)})`;
  const value = lesson.after.a[layer][j];
  const lines: TexLine[] = [
    {
      tex: `${equation(sym.updatedA(J, layer), texNumber(value))}${was(lesson.trace.a[layer][j])}`,
      caption: t.math.after,
      value,
      testId: 'chain-rule-after',
    },
  ];
  if (layer === outputLayerOf(lesson.spec)) {
    // A positive cost that underflowed to 0 is below the smallest double, not 0.
    const cost =
      lesson.after.cost === 0
        ? `${sym.updatedCost} < ${paint('cost', texNumber(Number.MIN_VALUE, 2))}`
        : equation(sym.updatedCost, paint('cost', texNumber(lesson.after.cost)));
    lines.push({
      tex: `${cost}${was(lesson.trace.cost)}`,
      caption: lesson.after.cost < lesson.trace.cost ? t.math.afterLower : t.math.afterNotLower,
      value: lesson.after.cost,
      testId: 'chain-rule-cost-after',
    });
  }
  return lines;
}
