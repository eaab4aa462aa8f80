import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import type { WeightRef } from '../engine/costSurface';
import { digitInput } from '../engine/dataset';
import { MNIST_SPEC, argmax, createNetwork } from '../engine/network';
import { oneHot, traceBatch } from '../engine/trace';
import { serializeNetwork } from '../engine/serialize';
import { hostHarness } from './hostHarness';
import type { HyperParams } from './protocol';

const sets = { test: readMnist('test'), train: readMnist('train') };
const harness = () => hostHarness(sets);

const model = serializeNetwork(createNetwork(MNIST_SPEC, 3), { name: 'three' });

describe('the engine host', () => {
  it('answers a heartbeat', async () => {
    const h = harness();
    h.host.handle({ type: 'ping', requestId: 7 });
    await h.settle();
    expect(h.of('pong')).toEqual([{ type: 'pong', requestId: 7 }]);
  });

  it('keeps the current model when a malformed one arrives', async () => {
    const h = harness();
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    await h.settle();
    expect(h.of('model')).toHaveLength(1);
    for (const bad of [
      'not json',
      '{"format":"deltascope-model","version":1}',
      model.replace('"sizes":[784', '"sizes":[783'),
      model.replace('"sizes":[784,16', '"sizes":[784,15'),
    ]) {
      h.host.handle({ type: 'load-model', requestId: 2, json: bad });
    }
    // Each refusal names the file's defect, for the page to show as a technical detail.
    expect(h.of('error').map((e) => (e.kind === 'model' ? e.detail : e.kind))).toEqual([
      expect.stringMatching(/not valid JSON/),
      expect.stringMatching(/"sizes"/),
      expect.stringMatching(/"sizes\[0\]" must be 784/),
      expect.stringMatching(/"weights\[0\]" must hold 11760 numbers/),
    ]);
    expect(h.of('model')).toHaveLength(1);
    h.host.handle({ type: 'save-model', requestId: 3 });
    expect(h.of('model-json')[0].json).toBe(model);
  });

  it('sends at most one snapshot until the page acknowledges it, then the newest', async () => {
    const h = harness();
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    const input = digitInput(sets.test, 0);
    // Answers to new digits wait like any snapshot: the page answers the pen itself.
    h.host.handle({ type: 'set-input', input, label: sets.test.labels[0] });
    h.host.handle({ type: 'set-input', input, label: null });
    expect(h.of('snapshot')).toHaveLength(1);
    h.ack();
    const snaps = h.of('snapshot');
    expect(snaps).toHaveLength(2);
    expect(snaps[1].snapshot.probe?.a[3]).toHaveLength(10);
    expect(snaps[1].snapshot.probe?.dCdz).toEqual([]);
    // Training's snapshots wait: two steps, one snapshot once the page has drawn, the newest.
    h.host.handle({ type: 'train-step' });
    await h.settle();
    h.host.handle({ type: 'train-step' });
    await h.settle();
    expect(h.of('snapshot')).toHaveLength(2);
    h.ack();
    expect(h.of('snapshot')).toHaveLength(3);
    expect(h.of('snapshot')[2].snapshot.examplesSeen).toBe(20);
    h.ack();
    expect(h.of('snapshot')).toHaveLength(3);
    await h.drain();
    const evaluation = h.of('evaluation')[0];
    expect(evaluation).toMatchObject({ set: 'test' });
    // Each digit's confidence is the activation of its guessed output, as the probe shows it.
    const a = snaps[1].snapshot.probe!.a[3];
    expect(evaluation.guesses[0]).toBe(argmax(a));
    expect(evaluation.confidence[0]).toBeCloseTo(a[argmax(a)], 6);
  });

  it('scores the test set in slices, answering a digit drawn meanwhile before the score', async () => {
    // Every look at the clock takes a millisecond: the scoring yields after a few of them.
    let clock = 0;
    const sliced = hostHarness(sets, () => (clock += 1));
    sliced.host.handle({ type: 'load-model', requestId: 1, json: model });
    await sliced.settle();
    expect(sliced.of('evaluation')).toHaveLength(0);
    expect(sliced.queue.length).toBeGreaterThan(0);
    sliced.ack();
    const snapshots = sliced.of('snapshot').length;
    sliced.host.handle({ type: 'set-input', input: digitInput(sets.test, 0), label: null });
    expect(sliced.of('snapshot')).toHaveLength(snapshots + 1);
    expect(sliced.of('evaluation')).toHaveLength(0);
    // A heartbeat is answered once the scoring under way has been told.
    sliced.host.handle({ type: 'ping', requestId: 7 });
    await sliced.settle();
    expect(sliced.of('pong')).toHaveLength(0);
    await sliced.drain();
    expect(sliced.inbox.findIndex((m) => m.type === 'pong')).toBeGreaterThan(
      sliced.inbox.findIndex((m) => m.type === 'evaluation'),
    );

    // The same score as in one go (a clock that never moves).
    const whole = hostHarness(sets, () => 0);
    whole.host.handle({ type: 'load-model', requestId: 1, json: model });
    await whole.settle();
    const [a, b] = [sliced, whole].map((h) => h.of('evaluation'));
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].accuracy).toBe(b[0].accuracy);
    expect(a[0].cost).toBe(b[0].cost);
    expect(a[0].guesses).toEqual(b[0].guesses);
    expect(a[0].confidence).toEqual(b[0].confidence);
  });

  it('pauses with a message and restores finite weights when training diverges', async () => {
    const h = harness();
    const params: HyperParams = { learningRate: 100, batchSize: 10, seed: 1, init: 'he' };
    h.host.handle({
      type: 'reset',
      requestId: 1,
      spec: { ...MNIST_SPEC, hidden: 'relu', output: 'softmax', cost: 'cross-entropy' },
      params,
    });
    h.host.handle({ type: 'train', run: true });
    await h.settle();
    expect(h.of('training').at(-1)?.running).toBe(true);
    for (let i = 0; i < 50 && h.queue.length; i++) {
      h.ack();
      h.queue.shift()?.();
    }
    const error = h.of('error').at(-1);
    expect(error).toMatchObject({ kind: 'diverged', learningRate: 100 });
    expect(h.of('training').at(-1)?.running).toBe(false);
    h.ack();
    const last = h.of('snapshot').at(-1)!.snapshot;
    expect(last.weights.every((w) => w.every(Number.isFinite))).toBe(true);
  });

  it('traces a lesson and its mini-batch under the same weights, refusing bad requests', () => {
    const h = harness();
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    const inputs = [1, 2, 3].map((i) => digitInput(sets.test, i));
    const labels = [1, 2, 3].map((i) => sets.test.labels[i]);
    h.host.handle({
      type: 'lesson',
      requestId: 9,
      input: digitInput(sets.test, 0),
      label: 7,
      learningRate: 1,
      batch: { inputs, labels },
    });
    const { lesson, batch } = h.of('lesson')[0];
    expect(lesson.trace.dCdz.map((d) => d.length)).toEqual([0, 16, 16, 10]);
    expect(lesson.trace.dCdW[0]).toHaveLength(784 * 16);
    expect(lesson.after.cost).toBeLessThan(lesson.trace.cost);
    expect(batch.examples).toHaveLength(3);
    for (const bad of [
      { input: new Float64Array(5), label: 7, learningRate: 1 },
      { input: digitInput(sets.test, 0), label: 10, learningRate: 1 },
      { input: digitInput(sets.test, 0), label: 7, learningRate: -1 },
    ]) {
      h.host.handle({ type: 'lesson', requestId: 10, ...bad, batch: { inputs: [], labels: [] } });
      expect(h.of('error').at(-1)).toMatchObject({ kind: 'input', requestId: 10 });
    }
  });

  it('answers a cost surface around two weights of the current network', async () => {
    const h = harness();
    const net = createNetwork(MNIST_SPEC, 3);
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    const weights: [WeightRef, WeightRef] = [
      { layer: 3, j: 0, k: 2 },
      { layer: 2, j: 4, k: 7 },
    ];
    const request = { type: 'cost-surface', weights, span: 2, points: 5 } as const;
    h.host.handle({ ...request, requestId: 4, sampleSize: 20 });
    await h.settle();
    const { surface, requestId } = h.of('cost-surface')[0];
    expect(requestId).toBe(4);
    const digits = Array.from({ length: 20 }, (_, i) => i);
    const batch = traceBatch(
      net,
      digits.map((i) => digitInput(sets.test, i)),
      digits.map((i) => oneHot(sets.test.labels[i], 10)),
    );
    expect(surface.costs).toHaveLength(25);
    expect(surface.costs[12]).toBeCloseTo(batch.cost, 12);
    expect(surface.centre[0]).toBe(net.weights[2][0 * 16 + 2]);
    h.host.handle({ ...request, requestId: 5, sampleSize: 0 });
    h.host.handle({ ...request, requestId: 6, sampleSize: 20, points: 4 });
    await h.settle();
    expect(h.of('error').map((e) => [e.kind, e.requestId])).toEqual([
      ['input', 5],
      ['input', 6],
    ]);
  });

  it.each([1, 2])('training for %i epochs pauses exactly where the last one ends', async (n) => {
    const h = harness();
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    h.host.handle({
      type: 'set-params',
      params: { learningRate: 1, batchSize: 1000, seed: 1, init: 'xavier' },
    });
    h.host.handle({ type: 'train', run: true, epochs: n });
    await h.settle();
    for (let i = 0; i < 10_000 && h.queue.length; i++) {
      h.ack();
      h.queue.shift()?.();
    }
    expect(h.of('training').at(-1)?.running).toBe(false);
    h.ack();
    const last = h.of('snapshot').at(-1)!.snapshot;
    expect(last.epoch).toBe(n);
    expect(last.position).toBe(0);
    expect(last.examplesSeen).toBe(n * last.epochSize);
  });

  it('scores the test set again when training pauses', async () => {
    const h = harness();
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    await h.drain();
    const scored = h.of('evaluation').filter((e) => e.set === 'test').length;
    h.host.handle({ type: 'train', run: true });
    await h.settle();
    for (let i = 0; i < 3 && h.queue.length; i++) {
      h.ack();
      h.queue.shift()?.();
    }
    h.host.handle({ type: 'train', run: false });
    await h.drain();
    // Among them the score of the point saved where the run stopped: the weights now shown.
    const tests = h.of('evaluation').filter((e) => e.set === 'test');
    expect(tests.length).toBeGreaterThan(scored);
    h.ack();
    expect(tests.at(-1)?.weightsVersion).toBe(h.of('snapshot').at(-1)?.snapshot.weightsVersion);
  });
});
