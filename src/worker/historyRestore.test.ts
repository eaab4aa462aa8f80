import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { digitInput } from '../engine/dataset';
import type { Network } from '../engine/network';
import { MNIST_SPEC, argmax, createNetwork, forward } from '../engine/network';
import { serializeNetwork } from '../engine/serialize';
import { hostHarness } from './hostHarness';
import type { TrainingSnapshot } from './protocol';

const sets = { test: readMnist('test'), train: readMnist('train') };
const model = serializeNetwork(createNetwork(MNIST_SPEC, 3), { name: 'three' });

/** Test accuracy recomputed here, one forward pass per digit (not the engine's batched path). */
function testAccuracy(s: TrainingSnapshot): number {
  const net: Network = { ...MNIST_SPEC, weights: s.weights, biases: s.biases };
  let correct = 0;
  for (let i = 0; i < sets.test.count; i++) {
    const a = forward(net, digitInput(sets.test, i)).a;
    if (argmax(a[a.length - 1]) === sets.test.labels[i]) correct++;
  }
  return correct / sets.test.count;
}

/** A loaded model trained until its history holds `points` scored points, then paused. */
async function trainedHarness(points: number) {
  const h = hostHarness(sets);
  h.host.handle({ type: 'load-model', requestId: 1, json: model });
  h.host.handle({ type: 'train', run: true });
  await h.settle();
  for (let i = 0; i < 200 && (h.of('history').at(-1)?.points.length ?? 0) < points; i++) {
    h.runSlices(1);
    await h.settle();
  }
  h.host.handle({ type: 'train', run: false });
  await h.drain();
  h.ack();
  return h;
}

describe('the training history in the engine', () => {
  it('brings back a saved point exactly: weights, counter and test score', async () => {
    const h = await trainedHarness(4);
    const history = h.of('history').at(-1)!;
    // Points are taken at the end of the slice in which they fall due.
    const seen = history.points.map((p) => p.examplesSeen);
    expect(seen[0]).toBe(0);
    expect(seen[1]).toBeGreaterThanOrEqual(1_000);
    expect(seen[2]).toBeGreaterThanOrEqual(2_000);
    const point = history.points[1];
    // The snapshot sent as that point was recorded holds the weights it saved.
    const saved = h
      .of('snapshot')
      .find((s) => s.snapshot.examplesSeen === point.examplesSeen)!.snapshot;
    expect(point.accuracy).toBe(testAccuracy(saved));

    h.host.handle({ type: 'restore-point', requestId: 2, index: 1 });
    expect(h.of('restored')).toMatchObject([{ type: 'restored', requestId: 2 }]);
    h.ack();
    const restored = h.of('snapshot').at(-1)!.snapshot;
    expect(restored.weights).toEqual(saved.weights);
    expect(restored.biases).toEqual(saved.biases);
    expect(restored.examplesSeen).toBe(point.examplesSeen);
    expect(h.of('history').at(-1)!.shown).toBe(1);
    const shownScore = h.of('evaluation').at(-1)!;
    expect(shownScore).toMatchObject({ set: 'test', accuracy: point.accuracy, cost: point.cost });
    expect(shownScore.weightsVersion).toBe(restored.weightsVersion);

    // Going back further and forward again: the later points are still there.
    h.host.handle({ type: 'restore-point', requestId: 3, index: 0 });
    h.host.handle({ type: 'restore-point', requestId: 4, index: history.points.length - 1 });
    expect(h.of('history').at(-1)!.points).toHaveLength(history.points.length);

    // Training on from point 1 drops the points after it and counts on from its examples.
    h.host.handle({ type: 'restore-point', requestId: 5, index: 1 });
    h.host.handle({ type: 'train-step' });
    await h.settle();
    const cut = h.of('history').find((m) => m.cut !== null)!;
    expect(cut).toMatchObject({ cut: point.examplesSeen, shown: null });
    expect(cut.points.map((p) => p.examplesSeen)).toEqual(seen.slice(0, 2));
    h.ack();
    expect(h.of('snapshot').at(-1)!.snapshot.examplesSeen).toBe(point.examplesSeen + 10);
  });

  it('refuses a point that does not exist, and any restore while training runs', async () => {
    const h = await trainedHarness(2);
    h.host.handle({ type: 'restore-point', requestId: 2, index: 99 });
    h.host.handle({ type: 'restore-point', requestId: 3, index: -1 });
    h.host.handle({ type: 'train', run: true });
    await h.settle();
    h.host.handle({ type: 'restore-point', requestId: 4, index: 0 });
    expect(h.of('error').map((e) => [e.requestId, e.kind])).toEqual([
      [2, 'input'],
      [3, 'input'],
      [4, 'busy'],
    ]);
    expect(h.of('restored')).toEqual([]);
  });

  it('undoes a correction exactly, once, and not after the weights moved on', async () => {
    const h = hostHarness(sets);
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    await h.drain();
    h.ack();
    const original = h.of('snapshot').at(-1)!.snapshot;
    const before = h.of('evaluation').at(-1)!.accuracy;
    h.host.handle({
      type: 'correct',
      requestId: 2,
      input: digitInput(sets.test, 0),
      label: 3,
      steps: 10,
    });
    await h.drain();
    expect(h.of('corrected')).toHaveLength(1);
    expect(h.of('evaluation').at(-1)!.accuracy).not.toBe(before);

    h.host.handle({ type: 'undo-correct', requestId: 3 });
    await h.drain();
    h.ack();
    expect(h.of('restored')).toMatchObject([{ type: 'restored', requestId: 3 }]);
    const undone = h.of('snapshot').at(-1)!.snapshot;
    expect(undone.weights).toEqual(original.weights);
    expect(undone.biases).toEqual(original.biases);
    expect(h.of('evaluation').at(-1)!.accuracy).toBe(before);

    h.host.handle({ type: 'undo-correct', requestId: 4 });
    h.host.handle({
      type: 'correct',
      requestId: 5,
      input: digitInput(sets.test, 0),
      label: 3,
      steps: 1,
    });
    await h.settle();
    h.host.handle({ type: 'train-step' });
    await h.settle();
    h.host.handle({ type: 'undo-correct', requestId: 6 });
    expect(h.of('error').map((e) => [e.requestId, e.kind])).toEqual([
      [4, 'input'],
      [6, 'input'],
    ]);
  });
});
