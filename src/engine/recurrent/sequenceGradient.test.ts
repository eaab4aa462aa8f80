import { describe, expect, it } from 'vitest';
import type { RecurrentSpec } from './recurrentModel';
import { CELL_KINDS, parameterArrays } from './recurrentModel';
import { predictSequence, sequenceGradient } from './sequenceGradient';
import { SHAPES, randomModel, randomSequences } from './testSequences';

const H_STEP = 1e-5;

/**
 * Norm-wise relative error per parameter array, ‖a − n‖ / max(1e-8, ‖a‖ + ‖n‖), of the analytic
 * gradient a against central differences n of the loss −log p_label.
 */
function finiteDifferenceErrors(spec: RecurrentSpec, steps: number, seed: number): number[] {
  const model = randomModel(spec, seed);
  const { xs, set } = randomSequences(seed, 1, steps, spec.inputSize, spec.classes);
  const label = set.labels[0];
  const loss = () => -Math.log(predictSequence(model, xs[0], steps)[label]);
  const { loss: reported, grads } = sequenceGradient(model, xs[0], steps, label);
  expect(reported).toBeCloseTo(loss(), 13);
  return parameterArrays(model).map((p, a) => {
    let diff = 0;
    let analytic = 0;
    let numeric = 0;
    for (let i = 0; i < p.length; i++) {
      const saved = p[i];
      p[i] = saved + H_STEP;
      const up = loss();
      p[i] = saved - H_STEP;
      const down = loss();
      p[i] = saved;
      const n = (up - down) / (2 * H_STEP);
      diff += (grads[a][i] - n) ** 2;
      analytic += grads[a][i] ** 2;
      numeric += n * n;
    }
    return Math.sqrt(diff) / Math.max(1e-8, Math.sqrt(analytic) + Math.sqrt(numeric));
  });
}

describe('sequenceGradient agrees with central finite differences (float64)', () => {
  for (const cell of CELL_KINDS) {
    for (const { name, steps, ...shape } of SHAPES) {
      it(`${cell}, ${name}: every parameter array`, () => {
        const spec: RecurrentSpec = { cell, classes: 3, ...shape };
        const errors = finiteDifferenceErrors(spec, steps, 7);
        expect(errors).toHaveLength(parameterArrays(randomModel(spec, 7)).length);
        for (const e of errors) expect(e).toBeLessThan(1e-6);
      });
    }
  }
});

describe('predictSequence', () => {
  it('gives probabilities that sum to one and depend on the input', () => {
    const spec: RecurrentSpec = {
      cell: 'gru',
      inputSize: 3,
      hiddenSize: 4,
      layers: 1,
      bidirectional: false,
      classes: 5,
    };
    const model = randomModel(spec, 2);
    const { xs } = randomSequences(3, 2, 6, 3, 5);
    const p = predictSequence(model, xs[0], 6);
    const q = predictSequence(model, xs[1], 6);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    for (const v of p) expect(v).toBeGreaterThan(0);
    expect(Math.max(...p.map((v, y) => Math.abs(v - q[y])))).toBeGreaterThan(1e-3);
  });

  it('refuses a sequence shorter than its steps', () => {
    const spec: RecurrentSpec = {
      cell: 'rnn',
      inputSize: 3,
      hiddenSize: 2,
      layers: 1,
      bidirectional: false,
      classes: 2,
    };
    expect(() => predictSequence(randomModel(spec, 1), new Float64Array(8), 3)).toThrow(RangeError);
  });
});
