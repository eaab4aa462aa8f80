import { describe, expect, it } from 'vitest';
import type { DigitSet } from '../../engine/dataset';
import { digitInput } from '../../engine/dataset';
import type { CellKind } from '../../engine/recurrent/recurrentModel';
import { createRecurrentModel } from '../../engine/recurrent/recurrentModel';
import { serializeRecurrent } from '../../engine/recurrent/recurrentSerialize';
import { predictSequence } from '../../engine/recurrent/sequenceGradient';
import { traceSequence } from '../../engine/recurrent/recurrentTrace';
import { createSequenceHost } from './sequenceHost';
import type { FromSequenceWorker } from './sequenceProtocol';

/** A few deterministic 28×28 "digits": strokes of varying brightness. */
function digits(count: number): DigitSet {
  const images = new Uint8Array(count * 784);
  for (let i = 0; i < images.length; i++)
    images[i] = (i * 37 + Math.floor(i / 784) * 11) % 7 === 0 ? 255 : 0;
  return {
    count,
    pixels: 784,
    images,
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  };
}

function harness() {
  const inbox: FromSequenceWorker[] = [];
  const queue: (() => void)[] = [];
  const set = digits(12);
  const host = createSequenceHost({
    post: (m) => inbox.push(m),
    defer: (fn) => queue.push(fn),
    now: () => 0,
    loadDigits: () => Promise.resolve(set),
  });
  host.handle({ type: 'init', testUrl: 'test', trainUrl: 'train' });
  const drain = async () => {
    for (let i = 0; i < 1000; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const next = queue.shift();
      if (!next) return;
      next();
    }
  };
  return { host, inbox, set, drain };
}

const spec = (cell: CellKind) => ({
  cell,
  inputSize: 28,
  hiddenSize: 4,
  layers: 1,
  bidirectional: false,
  classes: 10,
});

describe('the sequence worker host', () => {
  it('loads a model per cell and reads a digit with each, tracing BPTT as the engine does', () => {
    const { host, inbox, set } = harness();
    const models = (['rnn', 'lstm'] as const).map((cell) =>
      createRecurrentModel(spec(cell), { seed: 3 }),
    );
    models.forEach((model, i) =>
      host.handle({
        type: 'load-model',
        requestId: i + 1,
        cell: model.cell,
        json: serializeRecurrent(model),
      }),
    );
    expect(inbox.map((m) => m.type)).toEqual(['model-loaded', 'model-loaded']);
    const input = digitInput(set, 4);
    host.handle({ type: 'read', requestId: 3, input, label: null });
    const reply = inbox.at(-1);
    if (reply?.type !== 'reading') throw new Error(`expected a reading, got ${reply?.type}`);
    expect(reply.readings.map((r) => r.cell)).toEqual(['rnn', 'lstm']);
    for (const [i, reading] of reply.readings.entries()) {
      const p = predictSequence(models[i], input, 28);
      // Without a label the target is the model's own answer.
      expect(reading.target).toBe(p.indexOf(Math.max(...p)));
      expect(reading.targetIsLabel).toBe(false);
      const trace = traceSequence(models[i], input, 28, reading.target);
      expect(reading.trace.loss).toBe(trace.loss);
      expect(reading.gradientNorms[27]).toBeCloseTo(Math.hypot(...trace.layers[0].dLdh[27]), 14);
      expect(reading.sigmaMax).toHaveLength(models[i].cell === 'lstm' ? 4 : 1);
    }
  });

  it('scales the RNN’s U for the scale study: σ_max scales with it', () => {
    const { host, inbox, set } = harness();
    const rnn = createRecurrentModel(spec('rnn'), { seed: 5 });
    host.handle({ type: 'load-model', requestId: 1, cell: 'rnn', json: serializeRecurrent(rnn) });
    const input = digitInput(set, 2);
    const flow = (scale: number, requestId: number) => {
      host.handle({
        type: 'flow',
        requestId,
        input,
        label: 2,
        study: { kind: 'scaled-rnn', scale },
      });
      const reply = inbox.at(-1);
      if (reply?.type !== 'flow') throw new Error(`expected a flow, got ${reply?.type}`);
      return reply;
    };
    const one = flow(1, 2);
    const half = flow(0.5, 3);
    expect(half.sigmaMax).toBeCloseTo(one.sigmaMax / 2, 9);
    // A smaller U passes less of the error back to the first step.
    expect(half.norms[0] / half.norms[27]).toBeLessThan(one.norms[0] / one.norms[27]);
  });

  it('the forget-bias study: a larger bias keeps more of the error at the first step', () => {
    const { host, inbox, set } = harness();
    const input = digitInput(set, 1);
    const ratios = [0, 2].map((forgetBias, i) => {
      host.handle({
        type: 'flow',
        requestId: i + 1,
        input,
        label: 1,
        study: { kind: 'forget-bias', forgetBias, seed: 1 },
      });
      const reply = inbox.at(-1);
      if (reply?.type !== 'flow') throw new Error(`expected a flow, got ${reply?.type}`);
      return reply.norms[0] / reply.norms[27];
    });
    expect(ratios[1]).toBeGreaterThan(ratios[0]);
  });

  it('measures a model on the test set in slices, as the trainer scores it', async () => {
    const { host, inbox, drain } = harness();
    const model = createRecurrentModel(spec('gru'), { seed: 7 });
    host.handle({ type: 'load-model', requestId: 1, cell: 'gru', json: serializeRecurrent(model) });
    host.handle({ type: 'evaluate', requestId: 2, cell: 'gru' });
    await drain();
    const reply = inbox.at(-1);
    if (reply?.type !== 'evaluated') throw new Error(`expected an evaluation, got ${reply?.type}`);
    const set = digits(12);
    let correct = 0;
    for (let i = 0; i < set.count; i++) {
      const p = predictSequence(model, digitInput(set, i), 28);
      if (p.indexOf(Math.max(...p)) === set.labels[i]) correct++;
    }
    expect(reply).toMatchObject({ cell: 'gru', count: 12, accuracy: correct / 12 });
  });

  it('refuses bad messages, files and cells with a reason, and keeps what it had', () => {
    const { host, inbox, set } = harness();
    host.handle({ type: 'load-model', requestId: 1, cell: 'lstm', json: '{"format":"nope"}' });
    expect(inbox.at(-1)).toMatchObject({
      type: 'error',
      kind: 'model',
      cell: 'lstm',
      requestId: 1,
    });
    const gru = createRecurrentModel(spec('gru'), { seed: 1 });
    host.handle({ type: 'load-model', requestId: 2, cell: 'lstm', json: serializeRecurrent(gru) });
    expect(inbox.at(-1)).toMatchObject({
      type: 'error',
      kind: 'model',
      detail: 'the file holds a gru',
    });
    host.handle({ type: 'evaluate', requestId: 3, cell: 'lstm' });
    expect(inbox.at(-1)).toMatchObject({ type: 'error', kind: 'not-loaded', cell: 'lstm' });
    host.handle({ type: 'read', requestId: 4, input: new Float64Array(10), label: null });
    expect(inbox.at(-1)).toMatchObject({ type: 'error', kind: 'input', requestId: 4 });
    host.handle({
      type: 'flow',
      requestId: 5,
      input: digitInput(set, 0),
      label: 3,
      study: { kind: 'scaled-rnn', scale: 99 },
    });
    expect(inbox.at(-1)).toMatchObject({ type: 'error', kind: 'input', requestId: 5 });
    host.handle({
      type: 'long-memory',
      run: true,
      runId: 1,
      settings: { cell: 'lstm', delay: 5000, filler: 'blank', forgetBias: 1 },
    });
    expect(inbox.at(-1)).toMatchObject({ type: 'error', kind: 'input' });
    expect((inbox.at(-1) as { detail: string }).detail).toContain(
      '"settings.delay" must be a whole number from 10 to 200',
    );
    host.handle({ type: 'shout' });
    expect(inbox.at(-1)).toMatchObject({ type: 'error', kind: 'input' });
  });
});
