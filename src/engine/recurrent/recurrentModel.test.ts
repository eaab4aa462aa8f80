import { describe, expect, it } from 'vitest';
import type { RecurrentSpec } from './recurrentModel';
import {
  CELL_KINDS,
  LSTM_FORGET_BLOCK,
  cloneRecurrentModel,
  createRecurrentModel,
  parameterArrays,
  recurrentParameterCount,
  zeroParameterArrays,
} from './recurrentModel';

const spec = (cell: RecurrentSpec['cell'], bidirectional = false): RecurrentSpec => ({
  cell,
  inputSize: 5,
  hiddenSize: 3,
  layers: 2,
  bidirectional,
  classes: 4,
});

describe('createRecurrentModel', () => {
  it('starts the LSTM forget gate at forgetBias (default 1) and every other bias at 0', () => {
    for (const forgetBias of [undefined, 2]) {
      const model = createRecurrentModel(spec('lstm', true), { seed: 1, forgetBias });
      for (const cell of [...model.forward, ...model.backward]) {
        cell.b.forEach((v, j) => {
          const forget = Math.floor(j / 3) === LSTM_FORGET_BLOCK;
          expect(v).toBe(forget ? (forgetBias ?? 1) : 0);
        });
      }
      expect(Array.from(model.c)).toEqual([0, 0, 0, 0]);
    }
  });

  it('leaves GRU and RNN biases at 0 whatever forgetBias says', () => {
    for (const cell of ['gru', 'rnn'] as const) {
      const model = createRecurrentModel(spec(cell), { seed: 2, forgetBias: 2 });
      for (const p of model.forward) expect(p.b.every((v) => v === 0)).toBe(true);
    }
  });

  it('draws the same weights from the same seed and others from another', () => {
    const a = createRecurrentModel(spec('gru'), { seed: 3 });
    expect(createRecurrentModel(spec('gru'), { seed: 3 })).toEqual(a);
    expect(createRecurrentModel(spec('gru'), { seed: 4 }).forward[0].W).not.toEqual(a.forward[0].W);
  });

  it('counts its parameters as parameterArrays holds them', () => {
    for (const cell of CELL_KINDS) {
      for (const bidirectional of [false, true]) {
        const s = spec(cell, bidirectional);
        const total = parameterArrays(createRecurrentModel(s, { seed: 1 })).reduce(
          (n, a) => n + a.length,
          0,
        );
        expect(total).toBe(recurrentParameterCount(s));
        expect(zeroParameterArrays(s).map((a) => a.length)).toEqual(
          parameterArrays(createRecurrentModel(s, { seed: 1 })).map((a) => a.length),
        );
      }
    }
  });
});

describe('cloneRecurrentModel', () => {
  it('copies every array, sharing none', () => {
    const model = createRecurrentModel(spec('lstm', true), { seed: 5 });
    const copy = cloneRecurrentModel(model);
    expect(copy).toEqual(model);
    const original = parameterArrays(model);
    parameterArrays(copy).forEach((a, i) => {
      expect(a).not.toBe(original[i]);
      a[0] += 1;
      expect(original[i][0]).not.toBe(a[0]);
    });
  });
});
