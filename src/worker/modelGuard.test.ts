import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { digitInput } from '../engine/dataset';
import type { NetworkSpec } from '../engine/network';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { serializeNetwork } from '../engine/serialize';
import { hostHarness } from './hostHarness';

const sets = { test: readMnist('test'), train: readMnist('train') };
const good = serializeNetwork(createNetwork(MNIST_SPEC, 3), { name: 'three' });
const relu: NetworkSpec = {
  ...MNIST_SPEC,
  hidden: 'relu',
  output: 'softmax',
  cost: 'cross-entropy',
};

/** 3Blue1Brown's sizes with every weight and bias 1e300: finite numbers, infinite outputs. */
const huge = JSON.stringify({
  format: 'deltascope-model',
  version: 1,
  ...relu,
  weights: relu.sizes.slice(1).map((n, l) => new Array(n * relu.sizes[l]).fill(1e300)),
  biases: relu.sizes.slice(1).map((n) => new Array(n).fill(1e300)),
});

describe('a network comes in only if it computes finite numbers', () => {
  it('refuses a model whose outputs overflow, keeping the last good one', async () => {
    const h = hostHarness(sets);
    h.host.handle({ type: 'load-model', requestId: 1, json: good });
    await h.settle();
    h.host.handle({ type: 'load-model', requestId: 2, json: huge });
    expect(h.of('error')).toEqual([{ type: 'error', kind: 'model-not-finite', requestId: 2 }]);
    expect(h.of('model').map((m) => m.requestId)).toEqual([1]);
    h.host.handle({ type: 'save-model', requestId: 3 });
    expect(h.of('model-json')[0].json).toBe(good);
    h.ack();
    h.host.handle({ type: 'set-input', input: digitInput(sets.test, 0), label: 7 });
    const probe = h.of('snapshot').at(-1)!.snapshot.probe!;
    expect([...probe.z, ...probe.a, ...probe.dCdz].every((v) => v.every(Number.isFinite))).toBe(
      true,
    );
  });

  it('refuses a file whose network does not read digits into ten answers', () => {
    const h = hostHarness(sets);
    const twoOutputs = serializeNetwork(
      createNetwork({ ...MNIST_SPEC, sizes: [784, 16, 16, 2] }, 1),
    );
    h.host.handle({ type: 'load-model', requestId: 1, json: twoOutputs });
    expect(h.of('error')).toEqual([
      expect.objectContaining({
        kind: 'model',
        requestId: 1,
        detail: expect.stringMatching(/"sizes\[3\]" must be 10/),
      }),
    ]);
    expect(h.of('model')).toHaveLength(0);
  });

  it('builds the largest network the page offers, however it is initialised', () => {
    const h = hostHarness(sets);
    const spec = { ...relu, sizes: [784, 128, 128, 128, 10] };
    h.host.handle({
      type: 'reset',
      requestId: 1,
      spec,
      params: { learningRate: 1, batchSize: 10, seed: 1, init: 'normal' },
    });
    expect(h.of('model')[0]).toMatchObject({ requestId: 1, info: { spec } });
  });

  it('puts the weights back when a correction makes them overflow', async () => {
    const h = hostHarness(sets);
    h.host.handle({
      type: 'reset',
      requestId: 1,
      spec: { ...relu, sizes: [784, 128, 128, 128, 10] },
      params: { learningRate: 100, batchSize: 10, seed: 1, init: 'normal' },
    });
    h.host.handle({ type: 'save-model', requestId: 2 });
    const input = digitInput(sets.test, 0);
    h.host.handle({ type: 'correct', requestId: 3, input, label: 3, steps: 10 });
    await h.settle();
    expect(h.of('error')).toEqual([
      { type: 'error', kind: 'diverged', learningRate: 100, cost: null, requestId: 3 },
    ]);
    expect(h.of('corrected')).toHaveLength(0);
    h.host.handle({ type: 'save-model', requestId: 4 });
    const [before, after] = h.of('model-json');
    expect(after.json).toBe(before.json);
  });
});
