import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { digitInput } from '../engine/dataset';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { serializeNetwork } from '../engine/serialize';
import { hostHarness } from './hostHarness';
import { DEFAULT_HYPER_PARAMS } from './protocol';
import { checkMessage } from './validation';

const sets = { test: readMnist('test'), train: readMnist('train') };
const model = serializeNetwork(createNetwork(MNIST_SPEC, 3), { name: 'three' });
const digit = digitInput(sets.test, 0);
const params = DEFAULT_HYPER_PARAMS;
const refusal = (message: unknown) => {
  const checked = checkMessage(message);
  return checked.ok ? null : checked;
};

describe('every message the worker receives is checked', () => {
  it('refuses a network the page cannot show, naming the layer', () => {
    const spec = { ...MNIST_SPEC, sizes: [784, 200000, 10] };
    expect(refusal({ type: 'reset', requestId: 3, spec, params })).toEqual({
      ok: false,
      requestId: 3,
      detail:
        'Refused "reset": "spec.sizes[1]" must be a whole number from 1 to 128; found 200000.',
    });
    for (const sizes of [
      [784, 16, 16, 16, 16, 10],
      [783, 16, 10],
      [784, 16, 11],
      [784, 0, 10],
      [784, 1.5, 10],
      [784],
      'sizes',
    ]) {
      expect(
        refusal({ type: 'reset', requestId: 3, spec: { ...MNIST_SPEC, sizes }, params }),
      ).toMatchObject({ requestId: 3, detail: expect.stringContaining('"spec.sizes') });
    }
    for (const bad of [{ hidden: 'swish' }, { output: 'relu' }, { cost: 'hinge' }]) {
      expect(
        refusal({ type: 'reset', requestId: 3, spec: { ...MNIST_SPEC, ...bad }, params }),
      ).not.toBeNull();
    }
    expect(
      refusal({ type: 'reset', requestId: 3, spec: { ...MNIST_SPEC, sizes: [784, 10] }, params }),
    ).toBeNull();
    expect(
      refusal({
        type: 'reset',
        requestId: 3,
        spec: { ...MNIST_SPEC, sizes: [784, 128, 128, 128, 10] },
        params,
      }),
    ).toBeNull();
  });

  it('refuses hyper-parameters outside the page’s limits', () => {
    for (const bad of [
      { learningRate: 0 },
      { learningRate: 101 },
      { learningRate: NaN },
      { learningRate: Infinity },
      { learningRate: '1' },
      { batchSize: 0 },
      { batchSize: 1.5 },
      { batchSize: 1025 },
      { seed: -1 },
      { seed: 2 ** 31 },
      { seed: 0.5 },
      { init: 'zeros' },
    ]) {
      const detail = refusal({ type: 'set-params', params: { ...params, ...bad } })?.detail;
      expect(detail, JSON.stringify(bad)).toMatch(new RegExp(`"params\\.${Object.keys(bad)[0]}"`));
    }
    expect(refusal({ type: 'set-params', params: null })).not.toBeNull();
    expect(
      refusal({ type: 'set-params', params: { ...params, learningRate: 100, seed: 0 } }),
    ).toBeNull();
  });

  it('refuses inputs that are not 784 finite pixels from 0 to 1, and labels that are not digits', () => {
    const nan = digit.slice();
    nan[5] = NaN;
    const bright = digit.slice();
    bright[400] = 2;
    for (const input of [new Float64Array(783), nan, bright, Array.from(digit), null]) {
      expect(refusal({ type: 'correct', requestId: 1, input, label: 7, steps: 10 })).not.toBeNull();
    }
    expect(refusal({ type: 'set-input', input: nan, label: null })?.detail).toBe(
      'Refused "set-input": "input[5]" must be a number from 0 to 1; found NaN.',
    );
    for (const label of [-1, 10, 2.5, '7', null]) {
      expect(
        refusal({ type: 'correct', requestId: 1, input: digit, label, steps: 10 }),
      ).not.toBeNull();
      expect(refusal({ type: 'set-input', input: digit, label: label ?? 11 })).not.toBeNull();
    }
    expect(refusal({ type: 'set-input', input: null, label: 3 })).not.toBeNull();
    expect(refusal({ type: 'set-input', input: null, label: null })).toBeNull();
    expect(refusal({ type: 'set-input', input: digit, label: null })).toBeNull();
  });

  it('bounds the work a request may ask for', () => {
    for (const steps of [0, 101, 2.5]) {
      expect(
        refusal({ type: 'correct', requestId: 1, input: digit, label: 7, steps }),
      ).not.toBeNull();
    }
    const lesson = { type: 'lesson', requestId: 2, input: digit, label: 7, learningRate: 1 };
    const batch = (n: number, labels = n) => ({
      inputs: Array.from({ length: n }, () => digit),
      labels: Array.from({ length: labels }, () => 7),
    });
    expect(refusal({ ...lesson, batch: batch(10) })).toBeNull();
    expect(refusal({ ...lesson, batch: batch(101) })).not.toBeNull();
    expect(refusal({ ...lesson, batch: batch(3, 2) })).not.toBeNull();
    expect(refusal({ ...lesson, learningRate: 1e6, batch: batch(1) })).not.toBeNull();
    const surface = {
      type: 'cost-surface',
      requestId: 4,
      weights: [
        { layer: 3, j: 0, k: 2 },
        { layer: 2, j: 4, k: 7 },
      ],
      span: 2,
      points: 25,
      sampleSize: 200,
    };
    expect(refusal(surface)).toBeNull();
    for (const bad of [
      { sampleSize: 1e6 },
      { points: 101, sampleSize: 100 },
      { span: Infinity },
      { span: 0 },
      { span: 1e9 },
      { points: 1001 },
      { weights: [{ layer: 3, j: 0, k: 2 }] },
      {
        weights: [
          { layer: 3, j: 0 },
          { layer: 2, j: 4, k: 7 },
        ],
      },
      {
        weights: [
          { layer: 9, j: 0, k: 2 },
          { layer: 2, j: 4, k: 7 },
        ],
      },
    ]) {
      expect(refusal({ ...surface, ...bad }), JSON.stringify(bad)).toMatchObject({ requestId: 4 });
    }
    for (const epochs of [0, 1.5, 1001, 'all']) {
      expect(refusal({ type: 'train', run: true, epochs })).not.toBeNull();
    }
    expect(refusal({ type: 'train', run: 'yes' })).not.toBeNull();
    expect(refusal({ type: 'train', run: true })).toBeNull();
  });

  it('refuses what is not a message, and a request it could not answer', () => {
    for (const junk of [null, 42, 'ping', [], { type: 'format-disk' }, { type: 'toString' }]) {
      expect(refusal(junk)).toEqual({
        ok: false,
        detail: 'The engine received a message it does not know.',
      });
    }
    for (const requestId of [undefined, 0, -1, 1.5, '1']) {
      const refused = refusal({ type: 'ping', requestId });
      expect(refused?.detail).toMatch(/needs a positive whole "requestId"/);
      expect(refused?.requestId).toBeUndefined();
    }
    expect(refusal({ type: 'load-model', requestId: 1, json: 42 })).not.toBeNull();
    expect(refusal({ type: 'init', testUrl: '', trainUrl: 'train' })).not.toBeNull();
  });
});

describe('a refused message changes nothing', () => {
  it('keeps the network when a reset is refused, and answers the request with the problem', () => {
    const h = hostHarness(sets);
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    h.host.handle({
      type: 'reset',
      requestId: 2,
      spec: { ...MNIST_SPEC, sizes: [784, 200000, 10] },
      params,
    });
    expect(h.of('error')).toEqual([
      expect.objectContaining({
        kind: 'input',
        requestId: 2,
        detail: expect.stringMatching(/1 to 128/),
      }),
    ]);
    expect(h.of('model')).toHaveLength(1);
    h.host.handle({ type: 'save-model', requestId: 3 });
    expect(h.of('model-json')[0].json).toBe(model);
  });

  it('keeps the hyper-parameters when new ones are refused', async () => {
    /** The outputs after a correction, which steps at the current learning rate. */
    async function corrected(before: (h: ReturnType<typeof hostHarness>) => void) {
      const h = hostHarness(sets);
      h.host.handle({ type: 'load-model', requestId: 1, json: model });
      before(h);
      h.host.handle({ type: 'correct', requestId: 2, input: digit, label: 3, steps: 5 });
      await h.settle();
      return h;
    }
    const plain = await corrected(() => {});
    const refused = await corrected((h) =>
      h.host.handle({ type: 'set-params', params: { ...params, learningRate: 1e6 } }),
    );
    expect(refused.of('error')).toEqual([
      expect.objectContaining({ kind: 'input', requestId: undefined }),
    ]);
    expect(refused.of('corrected')[0].after).toEqual(plain.of('corrected')[0].after);
  });

  it('keeps the digit on screen when a bad one arrives, and never throws', () => {
    const h = hostHarness(sets);
    h.host.handle({ type: 'load-model', requestId: 1, json: model });
    h.host.handle({ type: 'set-input', input: digit, label: 7 });
    h.ack();
    const shown = h.of('snapshot').length;
    for (const junk of [
      { type: 'set-input', input: new Float64Array(5), label: null },
      { type: 'set-input', input: digit, label: 12 },
      null,
      { type: 'lesson' },
    ]) {
      expect(() => h.host.handle(junk)).not.toThrow();
    }
    expect(h.of('snapshot')).toHaveLength(shown);
    expect(h.of('error').map((e) => e.kind)).toEqual(['input', 'input', 'input', 'input']);
    h.host.handle({ type: 'set-input', input: digit, label: null });
    expect(h.of('snapshot').at(-1)?.snapshot.probe?.a[0]).toEqual(digit);
  });
});
