import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { chanceCost } from '../engine/chance';
import { sliceDigits } from '../engine/dataset';
import type { Initialisation, Network, NetworkSpec } from '../engine/network';
import { MNIST_SPEC, cloneNetwork, createNetwork } from '../engine/network';
import { parseNetwork } from '../engine/serialize';
import { createSgd } from '../engine/sgd';
import { hostHarness } from './hostHarness';
import { createTrainingSession } from './trainingSession';

const sets = { test: readMnist('test'), train: readMnist('train') };
const train = sliceDigits(sets.train, 0, 55_000);
const bestJson = readFileSync('public/models/best.json', 'utf8');

/** Accuracy and mean cost on the first 2,000 test digits, beside the cost of guessing. */
function score(net: Network) {
  const r = createSgd(net, 100).evaluate(sets.test, 0, 2000);
  return { accuracy: r.correct / r.count, cost: r.costSum / r.count, chance: chanceCost(net) };
}

/** A clock that moves `tick` ms each time it is read: a slice of 10 ms takes 10 / tick steps. */
const clock = (tick: number) => {
  let t = 0;
  return () => (t += tick);
};

describe('divergence', () => {
  // The report: ?model=best&lr=3&batch=1, one Step, then Train/Pause clicked 50 times ended at
  // 10% accuracy and a cost of 3.21, training on, with no notice.
  it.each([
    ['one step', 20],
    ['ten steps', 1],
  ])(
    'is caught however runs start and stop (slices of %s)',
    async (_, tick) => {
      const h = hostHarness(sets, clock(tick));
      h.host.handle({ type: 'load-model', requestId: 1, json: bestJson });
      h.host.handle({
        type: 'set-params',
        params: { learningRate: 3, batchSize: 1, seed: 1, init: 'he' },
      });
      h.host.handle({ type: 'train-step' });
      await h.settle();
      for (let i = 0; i < 50; i++) {
        h.host.handle({ type: 'train', run: true });
        await h.settle();
        h.runSlices(1 + (i % 3));
        h.host.handle({ type: 'train', run: false });
      }
      await h.settle();
      expect(h.of('error').length).toBeGreaterThan(0);
      expect(h.of('error').every((e) => e.kind === 'diverged' && e.learningRate === 3)).toBe(true);
      expect(h.of('training').at(-1)?.running).toBe(false);
      h.host.handle({ type: 'save-model', requestId: 2 });
      const after = score(parseNetwork(h.of('model-json')[0].json).net);
      expect(after.accuracy).toBeGreaterThan(0.9);
      expect(after.cost).toBeLessThan(after.chance / 4);
    },
    60_000,
  );

  it('catches a trained network that collapsed to guessing, and puts back the weights before', () => {
    const { net } = parseNetwork(bestJson);
    const trained = score(net);
    const session = createTrainingSession(net, train, {
      learningRate: 1e-4,
      batchSize: 10,
      seed: 1,
    });
    expect(session.begin()).toBeNull();
    // Every output the same whatever the digit: a cost of exactly chance, never above it.
    net.weights[2].fill(0);
    net.biases[2].fill(0);
    const now = clock(1);
    const outcomes = [];
    // Slices of 100 digits: the divergence average nears chance within a few.
    while (outcomes.length < 10 && !outcomes.at(-1)?.diverged)
      outcomes.push(session.slice(10, now));
    const caught = outcomes.at(-1)!;
    expect(caught.diverged).toBe(true);
    expect(caught.loss).toBeGreaterThanOrEqual(0.95 * chanceCost(net));
    expect(caught.loss).toBeLessThanOrEqual(chanceCost(net));
    expect(score(net)).toEqual(trained);
  });

  it('refuses to start a run from collapsed weights', () => {
    const { net } = parseNetwork(bestJson);
    const trained = cloneNetwork(net);
    const session = createTrainingSession(net, train, {
      learningRate: 0.1,
      batchSize: 10,
      seed: 1,
    });
    session.slice(0, clock(1));
    net.biases[2].fill(0);
    net.weights[2].fill(0);
    const refused = session.begin();
    expect(refused?.diverged).toBe(true);
    expect(score(net).accuracy).toBeCloseTo(score(trained).accuracy, 2);
  });

  const relu: NetworkSpec = {
    ...MNIST_SPEC,
    hidden: 'relu',
    output: 'softmax',
    cost: 'cross-entropy',
  };
  it.each([
    ['3Blue1Brown’s network, xavier', MNIST_SPEC, 'xavier', 1, 10],
    ['3Blue1Brown’s network, N(0, 1)', MNIST_SPEC, 'normal', 3, 10],
    ['3Blue1Brown’s network, one digit a batch', MNIST_SPEC, 'xavier', 1, 1],
    ['ReLU and softmax', relu, 'he', 0.1, 10],
    ['three hidden layers of 128', { ...relu, sizes: [784, 128, 128, 128, 10] }, 'xavier', 0.1, 10],
    ['hidden layers of one neuron', { ...MNIST_SPEC, sizes: [784, 1, 1, 1, 10] }, 'xavier', 3, 10],
  ] as [string, NetworkSpec, Initialisation, number, number][])(
    'leaves a fresh random network alone while it learns: %s',
    (_, spec, init, learningRate, batchSize) => {
      const net = createNetwork(spec, 1, init);
      const session = createTrainingSession(net, train, { learningRate, batchSize, seed: 1 });
      expect(session.begin()).toBeNull();
      const now = clock(1);
      for (let i = 0; i < 60; i++)
        expect(session.slice(20, now).diverged, `slice ${i}`).toBe(false);
    },
    60_000,
  );
});
