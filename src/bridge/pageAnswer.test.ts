import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { oneHot, traceSignals } from '../engine/trace';
import type { TrainingSnapshot } from '../worker/protocol';
import { answerOnPage, answers } from './pageAnswer';

const net = createNetwork(MNIST_SPEC, 3);
const snapshot = { weights: net.weights, biases: net.biases } as TrainingSnapshot;
const input = new Float64Array(784).map((_, i) => (i % 13) / 12);

describe("the page's own answer", () => {
  it('is the traced signals of the digit under the weights on screen, δ only with a label', () => {
    const labelled = answerOnPage(MNIST_SPEC, snapshot, { input, label: 4 });
    const reference = traceSignals(net, input, oneHot(4, 10));
    expect(labelled?.a).toEqual(reference.a);
    expect(labelled?.dCdz).toEqual(reference.dCdz);
    const drawn = answerOnPage(MNIST_SPEC, snapshot, { input, label: null });
    expect(drawn?.a).toEqual(reference.a);
    expect(drawn?.dCdz).toEqual([]);
    expect(answers(drawn, { input, label: null })).toBe(true);
    expect(answers(drawn, { input, label: 4 })).toBe(false);
    expect(answers(labelled, { input: input.map((x) => 1 - x), label: 4 })).toBe(false);
  });

  it('is not made from weights of another shape (a snapshot from before a reset)', () => {
    const wider = { ...MNIST_SPEC, sizes: [784, 32, 10] };
    expect(answerOnPage(wider, snapshot, { input, label: null })).toBeNull();
    expect(
      answerOnPage(MNIST_SPEC, snapshot, { input: input.subarray(1), label: null }),
    ).toBeNull();
  });
});
