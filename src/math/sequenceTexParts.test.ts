import { describe, expect, it } from 'vitest';
import { createRecurrentModel } from '../engine/recurrent/recurrentModel';
import { traceSequence } from '../engine/recurrent/recurrentTrace';
import { shownNumber } from './shownNumber';
import { agreeingFactors, boundedDigits, productSumTex, stepAt } from './sequenceTexParts';
import { SEQUENCE_TEX_WORDS_EN } from './sequenceTexWords.fixture';
import { texFactor } from './texNumber';

const moreTerms = SEQUENCE_TEX_WORDS_EN.moreTerms;
const DIGITS = Array.from({ length: 15 }, (_, i) => i + 3);

describe('productSumTex', () => {
  it('writes the three largest products and the rest as one underbraced total', () => {
    const sum = productSumTex([0.5, -2, 0.1, 3, 0.25], [1, 1, 1, 1, -1], moreTerms);
    expect(sum.value).toBe(0.5 - 2 + 0.1 + 3 - 0.25);
    // 3, −2 and 0.5 are the largest; 0.1 − 0.25 is the rest.
    expect(sum.tex).toMatch(/^\\htmlClass\{tex-weight\}\{3\} \\cdot 1 \+ /);
    expect(sum.tex).toContain('(-2)');
    expect(sum.tex).toContain('\\underbrace{(-0.15)}_{\\text{2 more terms}}');
  });

  it('needs no rest for three terms or fewer', () => {
    const sum = productSumTex([1, 2], [3, 4], moreTerms);
    expect(sum.value).toBe(11);
    expect(sum.tex).not.toContain('underbrace');
  });

  it('shows enough digits that the shown products add up to the shown result', () => {
    // 3·1.23 + 0.0001 rounds to 3.69 and 3·1.235 + 0.0001 to 3.71; the sum 3.7039 to 3.70.
    const sum = productSumTex([1.2346, 1.2346, 1.2346, 1], [1, 1, 1, 0.0001], moreTerms);
    expect(shownNumber(sum.value)).toBe('3.7');
    expect(sum.tex).toContain(`{${texFactor(1.2346, 5)}} \\cdot 1`);
    expect(sum.tex).toContain(`\\underbrace{${texFactor(0.0001, 5)}}`);
    expect(shownNumber(3 * 1.2346 + 0.0001)).toBe(shownNumber(sum.value));
    expect(sum.tex).not.toContain(`{${texFactor(1.2346, 4)}}`);
  });
});

describe('agreeingFactors', () => {
  it('keeps three digits when they recompute the result, and adds digits when not', () => {
    expect(agreeingFactors([0.5, 0.25], ([a, b]) => a * b, 0.125)(0.5)).toBe('0.5');
    const saturated = Math.tanh(9);
    const f = agreeingFactors([saturated], ([h]) => 1 - h * h, 1 - saturated ** 2);
    const digits = DIGITS.find((d) => f(saturated) === texFactor(saturated, d)) ?? 0;
    expect(digits).toBeGreaterThan(3);
    const shown = Number(saturated.toPrecision(digits));
    expect(shownNumber(1 - shown * shown)).toBe(shownNumber(1 - saturated ** 2));
  });
});

describe('boundedDigits', () => {
  it('keeps 3 digits unless they would round a σ or tanh value to ±1', () => {
    expect(boundedDigits(0.5)).toBe(3);
    expect(boundedDigits(0.9994)).toBe(3);
    expect(boundedDigits(0.99995)).toBe(5);
    expect(texFactor(-0.99995, boundedDigits(-0.99995))).toBe('(-0.99995)');
    expect(boundedDigits(1)).toBe(3);
    expect(boundedDigits(Math.tanh(30))).toBe(3);
  });
});

describe('stepAt', () => {
  const spec = {
    cell: 'gru',
    inputSize: 28,
    hiddenSize: 5,
    layers: 1,
    bidirectional: false,
    classes: 10,
  } as const;
  const model = createRecurrentModel(spec, { seed: 1 });
  const input = new Float64Array(784).fill(0.5);
  const trace = traceSequence(model, input, 28, 2);
  const base = {
    model,
    trace,
    input,
    target: 2,
    phase: 'forward',
    t: 1,
    unit: 0,
    words: SEQUENCE_TEX_WORDS_EN,
  } as const;

  it('starts from h_0 = 0 and reads h_{t−1} from the trace after', () => {
    expect(Array.from(stepAt(base).hPrev)).toEqual([0, 0, 0, 0, 0]);
    expect(stepAt({ ...base, t: 9, unit: 4 }).hPrev).toBe(trace.layers[0].h[7]);
    expect(stepAt({ ...base, t: 9, unit: 4 }).J).toBe(5);
  });

  it('refuses steps and units the trace does not have, and stacked models', () => {
    expect(() => stepAt({ ...base, t: 0 })).toThrow(RangeError);
    expect(() => stepAt({ ...base, t: 29 })).toThrow(RangeError);
    expect(() => stepAt({ ...base, unit: 5 })).toThrow(RangeError);
    expect(() => stepAt({ ...base, unit: 1.5 })).toThrow(RangeError);
    expect(() => stepAt({ ...base, model: { ...model, layers: 2 } })).toThrow(RangeError);
  });
});
