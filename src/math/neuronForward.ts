import type { BackpropLesson } from '../engine/lesson';
import type { AppText } from '../i18n/en/app';
import { layerActivation } from '../engine/network';
import { displayIndex } from './lessonValues';
import { TERMS_SHOWN, sumTex } from './sumTerms';
import { activationTex, paint, sym } from './symbols';
import type { TexLine } from './texLine';
import { equation, product } from './texLine';
import { texFactor, texNumber } from './texNumber';

/** The forward pass as seen from one neuron: its weighted sum z and its activation a. */

export function inputLine(lesson: BackpropLesson, k: number, t: AppText): TexLine {
  const K = displayIndex(lesson, 0, k);
  return {
    tex: equation(sym.a(K, 0), texNumber(lesson.input[k])),
    caption: t.math.input(K),
    value: lesson.input[k],
    testId: 'chain-rule-input',
  };
}

/** z_j = Σ_k w_jk a_k + b_j with the largest terms written out. */
export function zLine(lesson: BackpropLesson, layer: number, j: number, t: AppText): TexLine {
  const J = displayIndex(lesson, layer, j);
  const nIn = lesson.spec.sizes[layer - 1];
  const row = lesson.weights[layer - 1].subarray(j * nIn, (j + 1) * nIn);
  const prev = lesson.trace.a[layer - 1];
  const shares = Array.from(row, (w, k) => w * prev[k]);
  const terms = sumTex(
    shares,
    (k) => product([paint('weight', texFactor(row[k])), texFactor(prev[k])]),
    t,
  );
  const b = lesson.biases[layer - 1][j];
  const z = lesson.trace.z[layer][j];
  return {
    tex: equation(
      `${sym.z(J, layer)} = \\sum_k ${sym.w(J, 'k', layer)} ${sym.a('k', layer - 1)} + ${sym.b(J, layer)}`,
      `${terms} + ${paint('bias', texFactor(b))}`,
      paint('z', texNumber(z)),
    ),
    caption: nIn > TERMS_SHOWN ? t.math.zTerms(TERMS_SHOWN) : t.math.z,
    value: z,
    testId: 'chain-rule-z',
  };
}

/** Σ_i e^{z_i} over the output layer: the shared denominator of a softmax. */
function softmaxDenominator(z: Float64Array): number {
  return z.reduce((sum, zi) => sum + Math.exp(zi), 0);
}

/** a_j = σ(z_j), or the softmax quotient for a softmax output. */
export function activationLine(
  lesson: BackpropLesson,
  layer: number,
  j: number,
  t: AppText,
): TexLine {
  const J = displayIndex(lesson, layer, j);
  const kind = layerActivation(lesson.spec, layer);
  const z = lesson.trace.z[layer][j];
  const a = lesson.trace.a[layer][j];
  const common = { value: a, testId: 'chain-rule-a' };
  if (kind === 'softmax') {
    const denominator = softmaxDenominator(lesson.trace.z[layer]);
    return {
      ...common,
      tex: equation(
        `${sym.a(J, layer)} = \\frac{e^{${sym.z(J, layer)}}}{\\sum_i e^{${sym.z('i', layer)}}}`,
        `\\frac{e^{${paint('z', texNumber(z))}}}{${texNumber(denominator)}}`,
        texNumber(a),
      ),
      caption: t.math.softmax,
    };
  }
  const f = activationTex(kind);
  return {
    ...common,
    tex: equation(
      `${sym.a(J, layer)} = ${f}(${sym.z(J, layer)})`,
      `${f}(${paint('z', texNumber(z))})`,
      texNumber(a),
    ),
    caption: t.math.activation[kind],
  };
}
