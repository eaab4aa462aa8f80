import { describe, expect, it } from 'vitest';
import { MAX_MODEL_CHARS, ModelFormatError } from '../serialize';
import type { RecurrentModel, RecurrentSpec } from './recurrentModel';
import { createRecurrentModel, parameterArrays } from './recurrentModel';
import { parseRecurrent, serializeRecurrent } from './recurrentSerialize';

const spec = (over: Partial<RecurrentSpec> = {}): RecurrentSpec => ({
  cell: 'lstm',
  inputSize: 5,
  hiddenSize: 3,
  layers: 1,
  bidirectional: false,
  classes: 4,
  ...over,
});

const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );

function expectSameModel(back: RecurrentModel, model: RecurrentModel): void {
  const { cell, inputSize, hiddenSize, layers, bidirectional, classes } = back;
  expect({ cell, inputSize, hiddenSize, layers, bidirectional, classes }).toEqual({
    cell: model.cell,
    inputSize: model.inputSize,
    hiddenSize: model.hiddenSize,
    layers: model.layers,
    bidirectional: model.bidirectional,
    classes: model.classes,
  });
  const ours = parameterArrays(model);
  const theirs = parameterArrays(back);
  expect(theirs.map((a) => a.length)).toEqual(ours.map((a) => a.length));
  ours.forEach((a, i) => expect(sameBits(theirs[i], a)).toBe(true));
}

describe('recurrent model files', () => {
  const shapes: RecurrentSpec[] = [
    spec(),
    spec({ cell: 'gru', layers: 2 }),
    spec({ cell: 'rnn', bidirectional: true }),
    spec({ cell: 'lstm', layers: 2, bidirectional: true }),
  ];
  for (const shape of shapes) {
    const name = `${shape.cell}, ${shape.layers} layer(s)${shape.bidirectional ? ', both ways' : ''}`;
    it(`round-trip bit-exactly (${name})`, () => {
      const model = createRecurrentModel(shape, { seed: 7, forgetBias: 1 });
      // Values whose shortest form needs all 17 digits, and the extremes of float64.
      model.V[0] = 0.1 + 0.2;
      model.V[1] = Number.MIN_VALUE;
      model.c[0] = -Number.MAX_VALUE;
      const { model: back, meta } = parseRecurrent(
        serializeRecurrent(model, { name: 'x', accuracy: 0.5, clipped: true }),
      );
      expect(meta).toEqual({ name: 'x', accuracy: 0.5, clipped: true });
      expectSameModel(back, model);
    });
  }

  const model = createRecurrentModel(spec(), { seed: 3 });
  const valid = () => JSON.parse(serializeRecurrent(model)) as Record<string, unknown>;
  const edited = (edit: (file: Record<string, unknown>) => void) => () => {
    const file = valid();
    edit(file);
    return JSON.stringify(file);
  };
  const forward0 = (file: Record<string, unknown>) =>
    (file.forward as Record<string, unknown>[])[0];

  const broken: [string, () => string, RegExp][] = [
    ['not JSON', () => '{"format": ', /^the file is not valid JSON$/],
    ['an array', () => '[1]', /^the file is not a model$/],
    ['too large', () => ' '.repeat(MAX_MODEL_CHARS + 1), /too large \(16777217 characters/],
    [
      "the MLP's format",
      edited((f) => (f.format = 'deltascope-model')),
      /^"format" must be "deltascope-recurrent"; found "deltascope-model"$/,
    ],
    ['a later version', edited((f) => (f.version = 2)), /^"version" must be 1; found 2$/],
    [
      'an unknown cell',
      edited((f) => (f.cell = 'transformer')),
      /^"cell" must be one of rnn, gru, lstm; found "transformer"$/,
    ],
    [
      'a fractional hidden size',
      edited((f) => (f.hiddenSize = 2.5)),
      /^"hiddenSize" must be a whole number from 1 to 512; found 2.5$/,
    ],
    [
      'no layers',
      edited((f) => (f.layers = 0)),
      /^"layers" must be a whole number from 1 to 4; found 0$/,
    ],
    [
      'a size given as text',
      edited((f) => (f.inputSize = '5')),
      /^"inputSize" must be a whole number from 1 to 1024; found "5"$/,
    ],
    ['a missing class count', edited((f) => delete f.classes), /^"classes" .*; found nothing$/],
    [
      'bidirectional as text',
      edited((f) => (f.bidirectional = 'no')),
      /^"bidirectional" must be true or false; found "no"$/,
    ],
    [
      'a layer missing',
      edited((f) => (f.forward = [])),
      /^"forward" must hold one cell per layer \(1\); found an array of 0$/,
    ],
    [
      'backward cells in a one-way model',
      edited((f) => (f.backward = f.forward)),
      /^"backward" must be empty \(\[\]\) when "bidirectional" is false; found an array of 1$/,
    ],
    [
      'a bidirectional model without backward cells',
      edited((f) => (f.bidirectional = true)),
      /^"backward" must hold one cell per layer \(1\); found an array of 0$/,
    ],
    [
      'a cell that is not an object',
      edited((f) => (f.forward = [[1, 2]])),
      /^"forward\[0\]" must be an object with W, U and b; found an array of 2$/,
    ],
    [
      'a weight matrix of the wrong length',
      edited((f) => (forward0(f).W as number[]).pop()),
      /^"forward\[0\].W" must hold 60 numbers \(4 gate blocks × 3 hidden × 5 inputs\); found 59$/,
    ],
    [
      'a missing recurrent matrix',
      edited((f) => delete forward0(f).U),
      /^"forward\[0\].U" must be an array of 36 numbers \(4 gate blocks × 3 hidden × 3 hidden\); found nothing$/,
    ],
    [
      'null where a number belongs (JSON of NaN)',
      edited((f) => ((forward0(f).b as (number | null)[])[2] = null)),
      /^"forward\[0\].b\[2\]" must be a finite number; found null$/,
    ],
    [
      'a number too large for float64',
      () => serializeRecurrent(model).replace(/"c":\[[^,]*/, '"c":[1e999'),
      /^"c\[0\]" must be a finite number; found Infinity$/,
    ],
    [
      'a readout of the wrong shape',
      edited((f) => (f.V = [1, 2, 3])),
      /^"V" must hold 12 numbers \(4 classes × 3\); found 3$/,
    ],
    [
      'an infinite number in meta',
      () => serializeRecurrent(model, { accuracy: 1 }).replace('"accuracy":1', '"accuracy":1e999'),
      /^every number in "meta" must be finite; "accuracy" is not$/,
    ],
  ];
  for (const [name, make, message] of broken) {
    it(`reject ${name} with a message saying what is wrong`, () => {
      const text = make();
      expect(() => parseRecurrent(text)).toThrow(ModelFormatError);
      expect(() => parseRecurrent(text)).toThrow(message);
    });
  }

  it('drop meta entries that are not strings, numbers or booleans', () => {
    const text = serializeRecurrent(model, { id: 'lstm' }).replace(
      '"meta":{',
      '"meta":{"nested":{"a":1},',
    );
    expect(parseRecurrent(text).meta).toEqual({ id: 'lstm' });
  });
});
