import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { createAdam, createGradientDescent } from './optimizer';
import type { RecurrentModel, RecurrentSpec } from './recurrentModel';
import { CELL_KINDS, cloneRecurrentModel, parameterArrays } from './recurrentModel';
import { createRecurrentTrainer } from './recurrentTrainer';
import { predictSequence, sequenceGradient } from './sequenceGradient';
import type { SequenceSet } from './sequences';
import { SHAPES, arraySequences, randomModel, randomSequences } from './testSequences';

/** The mean of sequenceGradient over examples order[start … start+size−1]. */
function meanGradient(
  model: RecurrentModel,
  xs: Float64Array[],
  set: SequenceSet,
  picked: number[],
  truncate?: number,
) {
  const mean = parameterArrays(model).map((p) => new Float64Array(p.length));
  let lossSum = 0;
  for (const i of picked) {
    const { loss, grads } = sequenceGradient(model, xs[i], set.steps, set.labels[i], { truncate });
    lossSum += loss;
    grads.forEach((g, a) => g.forEach((v, k) => (mean[a][k] += v / picked.length)));
  }
  return { mean, lossSum };
}

/** Largest |(before − after) − expected| over every parameter: the step plain GD (η = 1) took. */
function stepError(before: RecurrentModel, after: RecurrentModel, expected: Float64Array[]) {
  const a = parameterArrays(after);
  let worst = 0;
  parameterArrays(before).forEach((p, i) =>
    p.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - a[i][k] - expected[i][k])))),
  );
  return worst;
}

const ORDER = [5, 1, 6, 0, 3, 2, 4];

describe('the batched trainer takes the mean sequenceGradient step', () => {
  for (const cell of CELL_KINDS) {
    for (const { name, steps, ...shape } of SHAPES) {
      for (const truncate of [undefined, 2]) {
        const how = truncate ? `truncated to ${truncate} steps` : 'exact';
        it(`${cell}, ${name}, ${how}`, () => {
          const spec: RecurrentSpec = { cell, classes: 3, ...shape };
          const model = randomModel(spec, 4);
          const before = cloneRecurrentModel(model);
          const { xs, set } = randomSequences(9, 7, steps, spec.inputSize, spec.classes);
          const picked = ORDER.slice(1, 6);
          const { mean, lossSum } = meanGradient(model, xs, set, picked, truncate);
          const optimizer = createGradientDescent(1);
          const trainer = createRecurrentTrainer(model, { maxBatch: 6, optimizer, truncate });
          const result = trainer.step(set, ORDER, 1, 5);
          expect(stepError(before, model, mean)).toBeLessThan(1e-12);
          expect(result.count).toBe(5);
          expect(result.costSum).toBeCloseTo(lossSum, 12);
          const norm = Math.sqrt(mean.reduce((s, g) => s + g.reduce((t, v) => t + v * v, 0), 0));
          expect(result.gradientNorm).toBeCloseTo(norm, 12);
          const right = picked.filter((i) => {
            const p = predictSequence(before, xs[i], steps);
            return p.indexOf(Math.max(...p)) === set.labels[i];
          });
          expect(result.correct).toBe(right.length);
        });
      }
    }
  }
});

describe('the trainer', () => {
  const spec: RecurrentSpec = {
    cell: 'lstm',
    inputSize: 3,
    hiddenSize: 4,
    layers: 1,
    bidirectional: false,
    classes: 3,
  };

  it('clips the gradient to clipNorm and reports the norm before clipping', () => {
    const model = randomModel(spec, 5);
    const before = cloneRecurrentModel(model);
    const { xs, set } = randomSequences(2, 7, 5, 3, 3);
    const { mean } = meanGradient(model, xs, set, ORDER.slice(0, 4));
    const norm = Math.sqrt(mean.reduce((s, g) => s + g.reduce((t, v) => t + v * v, 0), 0));
    const clipNorm = norm / 4;
    const optimizer = createGradientDescent(1);
    const trainer = createRecurrentTrainer(model, { maxBatch: 4, optimizer, clipNorm });
    expect(trainer.step(set, ORDER, 0, 4).gradientNorm).toBeCloseTo(norm, 12);
    expect(
      stepError(
        before,
        model,
        mean.map((g) => g.map((v) => v / 4)),
      ),
    ).toBeLessThan(1e-13);
  });

  it('evaluates in chunks of maxBatch without changing the model', () => {
    const model = randomModel({ ...spec, cell: 'gru', bidirectional: true }, 6);
    const before = cloneRecurrentModel(model);
    const { xs, set } = randomSequences(3, 9, 4, 3, 3);
    const trainer = createRecurrentTrainer(model, {
      maxBatch: 3,
      optimizer: createGradientDescent(1),
    });
    const guesses = new Uint8Array(7);
    const result = trainer.evaluate(set, 1, 8, guesses);
    let costSum = 0;
    let correct = 0;
    for (let i = 1; i < 8; i++) {
      const p = predictSequence(model, xs[i], 4);
      const guess = p.indexOf(Math.max(...p));
      costSum -= Math.log(p[set.labels[i]]);
      if (guess === set.labels[i]) correct++;
      expect(guesses[i - 1]).toBe(guess);
    }
    expect(result).toEqual({
      count: 7,
      costSum: expect.closeTo(costSum, 12),
      correct,
      gradientNorm: 0,
    });
    expect(
      stepError(
        before,
        model,
        parameterArrays(model).map((p) => new Float64Array(p.length)),
      ),
    ).toBe(0);
    expect(trainer.evaluate(set).count).toBe(9);
  });

  it('grows its tape for longer sequences and still trains on shorter ones', () => {
    const model = randomModel({ ...spec, layers: 2 }, 8);
    const trainer = createRecurrentTrainer(model, {
      maxBatch: 4,
      optimizer: createGradientDescent(1),
    });
    for (const steps of [3, 7, 2]) {
      const before = cloneRecurrentModel(model);
      const { xs, set } = randomSequences(steps, 4, steps, 3, 3);
      const { mean } = meanGradient(model, xs, set, [2, 0, 3]);
      trainer.step(set, [2, 0, 3, 1], 0, 3);
      expect(stepError(before, model, mean)).toBeLessThan(1e-12);
    }
  });

  it('refuses a batch larger than maxBatch and sequences of the wrong width', () => {
    const trainer = createRecurrentTrainer(randomModel(spec, 1), {
      maxBatch: 2,
      optimizer: createGradientDescent(1),
    });
    const { set } = randomSequences(1, 4, 3, 3, 3);
    expect(() => trainer.step(set, [0, 1, 2], 0, 3)).toThrow(RangeError);
    const wide = randomSequences(1, 4, 3, 5, 3).set;
    expect(() => trainer.evaluate(wide)).toThrow(RangeError);
  });
});

/**
 * The label is the sign of the first step's first value; every later step is noise as loud as
 * that signal, so the answer must be carried through the whole sequence.
 */
function firstSignTask(seed: number, count: number, steps: number): SequenceSet {
  const rng = createRng(seed);
  const labels = new Uint8Array(count);
  const xs = Array.from({ length: count }, (_, i) => {
    const x = Float64Array.from({ length: steps * 2 }, () => 2 * rng.next() - 1);
    labels[i] = rng.int(2);
    x[0] = labels[i] === 1 ? 1 : -1;
    x[1] = 0;
    return x;
  });
  return arraySequences(xs, labels, steps, 2);
}

describe('learning', () => {
  for (const cell of ['lstm', 'gru'] as const) {
    it(`a ${cell} learns to remember the first step's sign through 9 noisy steps`, () => {
      const spec: RecurrentSpec = {
        cell,
        inputSize: 2,
        hiddenSize: 8,
        layers: 1,
        bidirectional: false,
        classes: 2,
      };
      const model = randomModel(spec, 3);
      const train = firstSignTask(1, 512, 10);
      const test = firstSignTask(2, 256, 10);
      const optimizer = createAdam(parameterArrays(model), { learningRate: 0.02 });
      const trainer = createRecurrentTrainer(model, { maxBatch: 16, optimizer, clipNorm: 5 });
      const order = Uint32Array.from({ length: train.count }, (_, i) => i);
      const chance = trainer.evaluate(test);
      expect(chance.correct / chance.count).toBeLessThan(0.7);
      for (let s = 0; s < 300; s++) trainer.step(train, order, (s * 16) % train.count, 16);
      const learnt = trainer.evaluate(test);
      expect(learnt.correct / learnt.count).toBeGreaterThan(0.95);
    });
  }
});
