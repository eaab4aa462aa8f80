import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { StepKnowledge } from '../backprop/steps';
import { backpropSteps, knowledgeAt } from '../backprop/steps';
import { slope } from '../engine/activations';
import type { BackpropLesson } from '../engine/lesson';
import { traceLesson } from '../engine/lesson';
import type { NetworkSpec } from '../engine/network';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { createRng } from '../engine/random';
import { appEn } from '../i18n/en/app';
import { appZh } from '../i18n/zh/app';
import { KATEX_OPTIONS } from './katexOptions';
import type { ChainRuleView, LessonFocus, TexLine } from './chainRule';
import { chainRuleFor } from './chainRule';
import { texNumber } from './texNumber';

/** The app's options, but every KaTeX warning except the colour classes' is an error. */
const STRICT = {
  ...KATEX_OPTIONS,
  throwOnError: true,
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
};

const SPECS: Record<string, NetworkSpec> = {
  '3Blue1Brown (sigmoid, squared)': MNIST_SPEC,
  'ReLU hidden': { ...MNIST_SPEC, hidden: 'relu' },
  'softmax + cross-entropy': { ...MNIST_SPEC, output: 'softmax', cost: 'cross-entropy' },
  'tanh hidden, softmax + squared': { ...MNIST_SPEC, hidden: 'tanh', output: 'softmax' },
  'sigmoid + cross-entropy': { ...MNIST_SPEC, cost: 'cross-entropy' },
  'half-squared': { ...MNIST_SPEC, cost: 'half-squared' },
};

function syntheticInput(seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0));
}

const LESSONS = Object.entries(SPECS).map(([name, spec], i) => {
  const init = spec.hidden === 'relu' ? 'he' : 'xavier';
  return {
    name,
    lesson: traceLesson(createNetwork(spec, 11 + i, init), syntheticInput(i), 4, 0.5),
  };
});
const STEPS = backpropSteps(MNIST_SPEC.sizes.length);
const L = MNIST_SPEC.sizes.length - 1;
const FINAL = knowledgeAt(STEPS, STEPS.length - 1);

function focuses(lesson: BackpropLesson): LessonFocus[] {
  const pixel = lesson.input.findIndex((x) => x > 0);
  const other = (lesson.label + 3) % 10;
  return [
    { kind: 'neuron', layer: 0, index: pixel },
    { kind: 'neuron', layer: 1, index: 5 },
    { kind: 'neuron', layer: 2, index: 11 },
    { kind: 'neuron', layer: L, index: lesson.label },
    { kind: 'neuron', layer: L, index: other },
    { kind: 'edge', layer: 1, j: 2, k: pixel },
    { kind: 'edge', layer: 2, j: 7, k: 3 },
    { kind: 'edge', layer: L, j: lesson.label, k: 9 },
    { kind: 'edge', layer: L, j: other, k: 0 },
  ];
}

/** Whether the engine's δ of this layer is σ′(z)·∂C/∂a (not a softmax or cross-entropy output). */
function elementwise(lesson: BackpropLesson, layer: number): boolean {
  return layer < L || (lesson.spec.output === 'sigmoid' && lesson.spec.cost !== 'cross-entropy');
}

/** The lines a view must hold after a step, in order: the specification of "no future values". */
function expectedTestIds(lesson: BackpropLesson, k: StepKnowledge, focus: LessonFocus): string[] {
  const ids: string[] = [];
  if (focus.kind === 'edge') {
    ids.push('weight');
    if (k.forwardUpTo >= focus.layer) {
      ids.push('contribution', k.gradient ? 'dCdw' : 'dCdw-pending');
    }
    if (k.update) ids.push('updated');
  } else if (focus.layer === 0) {
    ids.push('input');
  } else if (k.forwardUpTo >= focus.layer) {
    const l = focus.layer;
    ids.push('z', 'a');
    if (l === L && k.cost) ids.push('cost-term', 'cost');
    if (k.dCda[l]) ids.push('dCda');
    if (k.dCdz[l]) ids.push(...(elementwise(lesson, l) ? ['slope', 'delta'] : ['delta']));
    if (k.gradient) ids.push('dCdb');
    if (k.update) ids.push('updated');
    if (k.after) ids.push(...(l === L ? ['after', 'cost-after'] : ['after']));
  }
  return ids.map((id) => `chain-rule-${id}`);
}

/** The engine's own number for a line, read straight from the lesson. */
function engineValue(lesson: BackpropLesson, focus: LessonFocus, testId: string): number {
  const t = lesson.trace;
  if (focus.kind === 'edge') {
    const { layer, j, k } = focus;
    const i = j * lesson.spec.sizes[layer - 1] + k;
    const values: Record<string, number> = {
      'chain-rule-weight': lesson.weights[layer - 1][i],
      'chain-rule-contribution': lesson.weights[layer - 1][i] * t.a[layer - 1][k],
      'chain-rule-dCdw': t.dCdW[layer - 1][i],
      'chain-rule-updated': lesson.after.weights[layer - 1][i],
    };
    return values[testId];
  }
  const { layer: l, index: j } = focus;
  if (l === 0) return testId === 'chain-rule-input' ? lesson.input[j] : NaN;
  const values: Record<string, number> = {
    'chain-rule-z': t.z[l][j],
    'chain-rule-a': t.a[l][j],
    'chain-rule-cost': t.cost,
    'chain-rule-dCda': t.dCda[l][j],
    'chain-rule-slope': slope(l === L ? 'sigmoid' : lesson.spec.hidden, t.z[l][j], t.a[l][j]),
    'chain-rule-delta': t.dCdz[l][j],
    'chain-rule-dCdb': t.dCdb[l - 1][j],
    'chain-rule-updated': lesson.after.biases[l - 1][j],
    'chain-rule-after': lesson.after.a[l][j],
    'chain-rule-cost-after': lesson.after.cost,
  };
  return values[testId];
}

/** Output j's cost term from its definition, independently of the engine's stable forms. */
function definedCostTerm(lesson: BackpropLesson, j: number): number {
  const a = lesson.trace.a[L][j];
  const y = lesson.trace.target[j];
  if (lesson.spec.cost === 'squared') return (a - y) ** 2;
  if (lesson.spec.cost === 'half-squared') return 0.5 * (a - y) ** 2;
  if (lesson.spec.output === 'softmax') return y === 0 ? 0 : -Math.log(a);
  return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
}

/** TeX without colours, braces or underbrace labels, scientific numbers as 1.2e-5. */
function plain(tex: string): string {
  return tex
    .replace(/\\htmlClass\{tex-[a-z]+\}/g, '')
    .replace(/ \\times 10\^\{(-?\d+)\}/g, 'e$1')
    .replace(/\\underbrace\{([^}]*)\}_\{\\text\{[^}]*\}\}/g, '$1')
    .replace(/[{}]/g, '');
}

const sides = (line: TexLine) => line.tex.split(' = ').map(plain);

/** Evaluates "x \cdot y + u \cdot v + …" as displayed; NaN for anything else. */
function evaluateDisplayed(side: string): { total: number; magnitude: number } {
  const products = side.split(' + ').map((term) =>
    term
      .split(' \\cdot ')
      .map((factor) => Number(factor.replace(/^\((.*)\)$/, '$1')))
      .reduce((p, f) => p * f, 1),
  );
  return {
    total: products.reduce((s, p) => s + p, 0),
    magnitude: products.reduce((s, p) => s + Math.abs(p), 0),
  };
}

const views = function* (): Generator<
  [string, BackpropLesson, number, LessonFocus, ChainRuleView]
> {
  for (const { name, lesson } of LESSONS) {
    for (let step = 0; step < STEPS.length; step++) {
      for (const focus of focuses(lesson)) {
        const view = chainRuleFor(lesson, knowledgeAt(STEPS, step), focus, appEn);
        yield [name, lesson, step, focus, view];
      }
    }
  }
};

describe('chainRuleFor', () => {
  it('shows exactly what each step has computed, nothing from the future', () => {
    for (const [name, lesson, step, focus, view] of views()) {
      const knowledge = knowledgeAt(STEPS, step);
      const where = `${name}, step ${step} (${STEPS[step].kind}), ${JSON.stringify(focus)}`;
      expect(
        view.lines.map((l) => l.testId),
        where,
      ).toEqual(expectedTestIds(lesson, knowledge, focus));
      expect(view.pending !== null, where).toBe(knowledge.forwardUpTo < focus.layer);
    }
  });

  it('gives every result the engine’s exact number and displays it rounded', () => {
    for (const [name, lesson, step, focus, view] of views()) {
      for (const line of view.lines) {
        const where = `${name}, step ${step}, ${JSON.stringify(focus)}, ${line.testId}`;
        if (line.testId === 'chain-rule-dCdw-pending') {
          const k = knowledgeAt(STEPS, step);
          const lastFactorKnown = elementwise(lesson, focus.layer)
            ? k.dCda[focus.layer]
            : k.dCdz[focus.layer];
          expect(line.value, where).toBeUndefined();
          expect(line.tex.endsWith(' \\cdot {?}'), where).toBe(!lastFactorKnown);
          continue;
        }
        // The result is the last side, before any "(was …)" remark.
        const result = sides(line).at(-1)?.split(' ')[0];
        expect(result, where).toBe(plain(texNumber(line.value ?? NaN)));
        if (line.testId === 'chain-rule-cost-term') {
          const j = focus.kind === 'neuron' ? focus.index : -1;
          expect(line.value, where).toBeCloseTo(definedCostTerm(lesson, j), 9);
        } else {
          expect(line.value, where).toBe(engineValue(lesson, focus, line.testId ?? ''));
        }
      }
    }
  });

  it('writes out sums and products whose displayed numbers give the displayed result', () => {
    const checked = new Set([
      'z',
      'contribution',
      'dCdw',
      'delta',
      'slope',
      'dCda',
      'dCdb',
      'cost',
    ]);
    let count = 0;
    for (const { name, lesson } of LESSONS) {
      for (const focus of focuses(lesson)) {
        for (const line of chainRuleFor(lesson, FINAL, focus, appEn).lines) {
          const id = line.testId?.replace('chain-rule-', '') ?? '';
          const substituted = sides(line).at(-2) ?? '';
          // Only sums of products: not 2(a − y), a − y, [z > 0], −ln a or the softmax Jacobian.
          if (!checked.has(id) || /\\(?!cdot)| - |\[/.test(substituted)) continue;
          const where = `${name}, ${JSON.stringify(focus)}, ${line.testId}: ${substituted}`;
          const { total, magnitude } = evaluateDisplayed(substituted);
          const shown = Number(sides(line).at(-1));
          expect(Number.isNaN(total), where).toBe(false);
          // Three significant digits: each factor is off by at most 0.5 %.
          expect(Math.abs(total - shown), where).toBeLessThanOrEqual(
            0.02 * magnitude + 0.005 * Math.abs(shown) + 1e-12,
          );
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('keeps an output neuron pending until the forward pass reaches it', () => {
    const { lesson } = LESSONS[0];
    const focus: LessonFocus = { kind: 'neuron', layer: L, index: lesson.label };
    const view = chainRuleFor(lesson, knowledgeAt(STEPS, 0), focus, appEn);
    expect(view.lines).toEqual([]);
    expect(view.pending).toMatch(/step forward to the output layer/);
    expect(view.title).toBe('Output neuron “4”');
  });

  it('shows what the output wants at the wants step, but not yet δ', () => {
    const { lesson } = LESSONS[0];
    const wants = STEPS.findIndex((s) => s.kind === 'wants');
    const view = chainRuleFor(
      lesson,
      knowledgeAt(STEPS, wants),
      {
        kind: 'neuron',
        layer: L,
        index: lesson.label,
      },
      appEn,
    );
    const ids = view.lines.map((l) => l.testId);
    expect(ids).toContain('chain-rule-dCda');
    expect(ids).not.toContain('chain-rule-delta');
    expect(view.lines.find((l) => l.testId === 'chain-rule-dCda')?.caption).toMatch(/go up/);
  });

  it('shows a weight’s unknown factor as "?" before the backward pass reaches it', () => {
    const { lesson } = LESSONS[0];
    const edge: LessonFocus = { kind: 'edge', layer: 2, j: 7, k: 3 };
    const beforeBackward = chainRuleFor(lesson, knowledgeAt(STEPS, L - 1), edge, appEn);
    const pending = beforeBackward.lines.find((l) => l.testId === 'chain-rule-dCdw-pending');
    expect(sides(pending ?? { tex: '' }).at(-1)).toMatch(/ \\cdot \?$/);
    expect(pending?.caption).toMatch(/backward pass/);
    expect(beforeBackward.title).toBe(
      'Weight into hidden layer 2, neuron 8 from hidden layer 1, neuron 4',
    );
  });

  it('renders every line with KaTeX, strictly, trusting only the colour classes', () => {
    for (const [name, , step, focus, view] of views()) {
      for (const line of view.lines) {
        expect(
          () => katex.renderToString(line.tex, STRICT),
          `${name}, step ${step}, ${JSON.stringify(focus)}: ${line.tex}`,
        ).not.toThrow();
      }
    }
  });

  it('says titles and captions in Chinese, and KaTeX sets its Chinese words', () => {
    const { lesson } = LESSONS[0];
    const FINAL = knowledgeAt(STEPS, STEPS.length - 1);
    const neuron = chainRuleFor(lesson, FINAL, { kind: 'neuron', layer: L, index: 3 }, appZh);
    expect(neuron.title).toBe('输出神经元“3”');
    const edge = chainRuleFor(lesson, FINAL, { kind: 'edge', layer: 2, j: 7, k: 3 }, appZh);
    expect(edge.title).toBe('从隐含层 1 的神经元 4 到隐含层 2 的神经元 8 的权重');
    for (const line of [...neuron.lines, ...edge.lines]) {
      expect(line.caption).toMatch(/[\u4e00-\u9fff]/);
      expect(() => katex.renderToString(line.tex, STRICT)).not.toThrow();
    }
  });
});
