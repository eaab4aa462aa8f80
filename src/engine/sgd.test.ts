import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './activations';
import { COSTS } from './costs';
import type { DigitSet } from './dataset';
import { digitInput, sliceDigits } from './dataset';
import { MNIST_SPEC, cloneNetwork, computesFinitely, createNetwork } from './network';
import { createRng } from './random';
import { createSgd } from './sgd';
import { applyGradient, oneHot, traceBatch } from './trace';
import { createTrainingRun } from './training';

function randomDigits(seed: number, count: number, pixels: number, classes: number): DigitSet {
  const rng = createRng(seed);
  return {
    count,
    pixels,
    images: Uint8Array.from({ length: count * pixels }, () => rng.int(256)),
    labels: Uint8Array.from({ length: count }, () => rng.int(classes)),
  };
}

describe('the training path', () => {
  const set = randomDigits(1, 7, 6, 3);
  const order = Uint32Array.of(4, 0, 6, 2, 5, 1, 3);
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const output of OUTPUT_ACTIVATIONS) {
      for (const cost of COSTS) {
        it(`takes the traced mean-gradient step (${hidden}, ${output}, ${cost})`, () => {
          const net = createNetwork({ sizes: [6, 5, 4, 3], hidden, output, cost }, 2);
          const reference = cloneNetwork(net);
          const picked = Array.from(order.subarray(0, 5));
          const traced = traceBatch(
            reference,
            picked.map((i) => digitInput(set, i)),
            picked.map((i) => oneHot(set.labels[i], 3)),
          );
          applyGradient(reference, traced.dCdW, traced.dCdb, 0.3);
          const result = createSgd(net, 8).step(set, order, 0, 5, 0.3);
          expect(result.costSum / result.count).toBeCloseTo(traced.cost, 12);
          for (let l = 0; l < net.weights.length; l++) {
            for (let i = 0; i < net.weights[l].length; i++) {
              expect(net.weights[l][i]).toBeCloseTo(reference.weights[l][i], 13);
            }
            for (let i = 0; i < net.biases[l].length; i++) {
              expect(net.biases[l][i]).toBeCloseTo(reference.biases[l][i], 13);
            }
          }
        });
      }
    }
  }

  it('detects a network that has diverged', () => {
    const net = createNetwork(MNIST_SPEC, 1);
    const inked = [new Float64Array(784).fill(1)];
    expect(computesFinitely(net, inked)).toBe(true);
    net.weights[1][7] = NaN;
    expect(computesFinitely(net, inked)).toBe(false);
    net.weights[1][7] = -Infinity;
    expect(computesFinitely(net, inked)).toBe(false);
  });
});

describe('training on real MNIST', () => {
  const train = readMnist('train');
  const test = readMnist('test');

  it('is bit-for-bit reproducible from the same seed', () => {
    const subset = sliceDigits(train, 0, 2_000);
    const runOnce = () => {
      const net = createNetwork(MNIST_SPEC, 42, 'normal');
      const run = createTrainingRun(net, subset, { batchSize: 10, learningRate: 3, seed: 42 });
      for (let i = 0; i < 250; i++) run.step(); // 1.25 epochs: crosses a reshuffle
      return net;
    };
    const a = runOnce();
    const b = runOnce();
    for (let l = 0; l < a.weights.length; l++) {
      expect(Buffer.from(a.weights[l].buffer).equals(Buffer.from(b.weights[l].buffer))).toBe(true);
      expect(Buffer.from(a.biases[l].buffer).equals(Buffer.from(b.biases[l].buffer))).toBe(true);
    }
    const other = createNetwork(MNIST_SPEC, 43, 'normal');
    expect(other.weights[0][0]).not.toBe(createNetwork(MNIST_SPEC, 42, 'normal').weights[0][0]);
  });

  it("one epoch of 3Blue1Brown's network on the 55,000 training digits gives ≥ 90% on the test set", () => {
    const net = createNetwork(MNIST_SPEC, 7, 'xavier');
    const run = createTrainingRun(net, sliceDigits(train, 0, 55_000), {
      batchSize: 10,
      learningRate: 1,
      seed: 7,
    });
    while (run.epoch < 1) run.step();
    const score = createSgd(net, 100).evaluate(test);
    expect(score.count).toBe(10_000);
    expect(score.correct / score.count).toBeGreaterThan(0.9);
  });
});
