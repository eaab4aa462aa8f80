import { describe, expect, it } from 'vitest';
import type { RecurrentSpec } from './recurrentModel';
import { CELL_KINDS, GATE_BLOCKS } from './recurrentModel';
import { traceSequence } from './recurrentTrace';
import { predictSequence, sequenceGradient } from './sequenceGradient';
import { randomModel, randomSequences } from './testSequences';

const STEPS = 5;

describe('traceSequence', () => {
  for (const cell of CELL_KINDS) {
    for (const layers of [1, 2]) {
      const spec: RecurrentSpec = {
        cell,
        inputSize: 3,
        hiddenSize: 4,
        layers,
        bidirectional: false,
        classes: 3,
      };
      const H = spec.hiddenSize;
      const rows = GATE_BLOCKS[cell] * H;

      it(`${cell}, ${layers} layer(s): answers as predictSequence and loses as sequenceGradient`, () => {
        const model = randomModel(spec, 2);
        const { xs, set } = randomSequences(5, 1, STEPS, 3, 3);
        const label = set.labels[0];
        const trace = traceSequence(model, xs[0], STEPS, label);
        const p = predictSequence(model, xs[0], STEPS);
        expect(trace.steps).toBe(STEPS);
        expect(trace.label).toBe(label);
        expect(trace.loss).toBeCloseTo(sequenceGradient(model, xs[0], STEPS, label).loss, 14);
        expect(trace.running).toHaveLength(STEPS);
        expect(Array.from(trace.running[STEPS - 1])).toEqual(Array.from(p));
        expect(trace.probabilities).toEqual(trace.running[STEPS - 1]);
        for (const q of trace.running) expect(q.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
        // ∂L/∂h_{T−1} of the last layer is Vᵀ (p − y): nothing later reads it.
        const last = trace.layers[layers - 1].dLdh[STEPS - 1];
        for (let k = 0; k < H; k++) {
          let s = 0;
          for (let y = 0; y < 3; y++) s += model.V[y * H + k] * (p[y] - (y === label ? 1 : 0));
          expect(last[k]).toBeCloseTo(s, 14);
        }
      });

      it(`${cell}, ${layers} layer(s): per-step terms sum to the gradient, their norms as reported`, () => {
        const model = randomModel(spec, 3);
        const { xs, set } = randomSequences(6, 1, STEPS, 3, 3);
        const trace = traceSequence(model, xs[0], STEPS, set.labels[0]);
        const { grads } = sequenceGradient(model, xs[0], STEPS, set.labels[0]);
        trace.layers.forEach((layer, l) => {
          expect(layer.h).toHaveLength(STEPS);
          expect(layer.c === null).toBe(cell !== 'lstm');
          expect(layer.dLdc === null).toBe(cell !== 'lstm');
          const nIn = l === 0 ? 3 : H;
          const [W, U, b] = [
            new Float64Array(rows * nIn),
            new Float64Array(rows * H),
            new Float64Array(rows),
          ];
          for (let t = 0; t < STEPS; t++) {
            expect(layer.gates[t]).toHaveLength(rows);
            expect(layer.z[t]).toHaveLength(rows);
            if (cell === 'rnn') expect(layer.gates[t]).toEqual(layer.h[t]);
            const x = l === 0 ? xs[0].subarray(t * 3, t * 3 + 3) : trace.layers[l - 1].h[t];
            const hPrev = t > 0 ? layer.h[t - 1] : new Float64Array(H);
            const dz = layer.dLdz[t];
            let w2 = 0;
            let u2 = 0;
            for (let j = 0; j < rows; j++) {
              b[j] += dz[j];
              for (let i = 0; i < nIn; i++) {
                W[j * nIn + i] += dz[j] * x[i];
                w2 += (dz[j] * x[i]) ** 2;
              }
              for (let i = 0; i < H; i++) {
                const read =
                  cell === 'gru' && j >= 2 * H ? layer.gates[t][H + i] * hPrev[i] : hPrev[i];
                U[j * H + i] += dz[j] * read;
                u2 += (dz[j] * read) ** 2;
              }
            }
            expect(layer.contributionW[t]).toBeCloseTo(Math.sqrt(w2), 14);
            expect(layer.contributionU[t]).toBeCloseTo(Math.sqrt(u2), 14);
          }
          [W, U, b].forEach((g, a) =>
            g.forEach((v, i) => expect(v).toBeCloseTo(grads[3 * l + a][i], 14)),
          );
        });
      });
    }
  }

  it('gives the LSTM total ∂L/∂c_T−1 = ∂L/∂h ⊙ o ⊙ (1 − tanh² c)', () => {
    const spec: RecurrentSpec = {
      cell: 'lstm',
      inputSize: 3,
      hiddenSize: 4,
      layers: 1,
      bidirectional: false,
      classes: 3,
    };
    const { xs, set } = randomSequences(7, 1, STEPS, 3, 3);
    const [layer] = traceSequence(randomModel(spec, 4), xs[0], STEPS, set.labels[0]).layers;
    const t = STEPS - 1;
    const c = (layer.c as Float64Array[])[t];
    const dLdc = (layer.dLdc as Float64Array[])[t];
    for (let j = 0; j < 4; j++) {
      const o = layer.gates[t][8 + j];
      expect(dLdc[j]).toBeCloseTo(layer.dLdh[t][j] * o * (1 - Math.tanh(c[j]) ** 2), 14);
    }
  });

  it('refuses bidirectional models', () => {
    const spec: RecurrentSpec = {
      cell: 'gru',
      inputSize: 3,
      hiddenSize: 2,
      layers: 1,
      bidirectional: true,
      classes: 3,
    };
    const { xs } = randomSequences(1, 1, 3, 3, 3);
    expect(() => traceSequence(randomModel(spec, 1), xs[0], 3, 0)).toThrow(RangeError);
  });
});
