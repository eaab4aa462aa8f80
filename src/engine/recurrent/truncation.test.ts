import { describe, expect, it } from 'vitest';
import { cellStepForward } from './cellMath';
import type { RecurrentModel, RecurrentSpec } from './recurrentModel';
import { CELL_KINDS, GATE_BLOCKS, parameterArrays } from './recurrentModel';
import { sequenceGradient } from './sequenceGradient';
import type { CellRun } from './sequencePass';
import { backpropSequence, keptSteps, logSumExp, runSequence } from './sequencePass';
import { SHAPES, randomModel, randomSequences } from './testSequences';

const T = 6;
const K = 3;

function single(cell: RecurrentSpec['cell']): RecurrentSpec {
  return { cell, inputSize: 3, hiddenSize: 4, layers: 1, bidirectional: false, classes: 3 };
}

describe('truncated BPTT', () => {
  it('keeps min(k, T) steps and refuses k < 1', () => {
    expect(keptSteps(6, undefined)).toBe(6);
    expect(keptSteps(6, 2)).toBe(2);
    expect(keptSteps(6, 9)).toBe(6);
    expect(() => keptSteps(6, 0)).toThrow(RangeError);
  });

  for (const cell of CELL_KINDS) {
    for (const { name, steps, ...shape } of SHAPES) {
      it(`${cell}, ${name}: truncating at T or beyond is the full gradient`, () => {
        const model = randomModel({ cell, classes: 3, ...shape }, 3);
        const { xs, set } = randomSequences(4, 1, steps, shape.inputSize, 3);
        const full = sequenceGradient(model, xs[0], steps, set.labels[0]);
        for (const truncate of [steps, steps + 3]) {
          expect(sequenceGradient(model, xs[0], steps, set.labels[0], { truncate })).toEqual(full);
        }
      });
    }

    it(`${cell}: is the exact gradient with the state entering the window held fixed`, () => {
      // Independent of the backward pass: central differences of a loss whose first T − k steps
      // are run once with the original weights and whose last k steps read the perturbed ones.
      const model = randomModel(single(cell), 5);
      const { xs, set } = randomSequences(6, 1, T, 3, 3);
      const label = set.labels[0];
      const frozen = runSequence(model, xs[0], T).layers[0].forward.steps[T - K - 1];
      const windowLoss = () => {
        let h = frozen.h;
        let c = frozen.c;
        for (let t = T - K; t < T; t++) {
          const step = cellStepForward(
            cell,
            model.forward[0],
            xs[0].subarray(t * 3, t * 3 + 3),
            h,
            c,
          );
          h = step.h;
          c = step.c;
        }
        const scores = model.c.map(
          (cy, y) => cy + h.reduce((s, v, k) => s + model.V[y * 4 + k] * v, 0),
        );
        return logSumExp(scores) - scores[label];
      };
      const { grads } = sequenceGradient(model, xs[0], T, label, { truncate: K });
      const full = sequenceGradient(model, xs[0], T, label).grads;
      expect(Math.max(...grads[0].map((v, i) => Math.abs(v - full[0][i])))).toBeGreaterThan(1e-4);
      parameterArrays(model).forEach((p, a) => {
        for (let i = 0; i < p.length; i++) {
          const saved = p[i];
          p[i] = saved + 1e-5;
          const up = windowLoss();
          p[i] = saved - 1e-5;
          const down = windowLoss();
          p[i] = saved;
          expect(grads[a][i]).toBeCloseTo((up - down) / 2e-5, 8);
        }
      });
    });

    for (const { name, steps, ...shape } of SHAPES.slice(0, 3)) {
      it(`${cell}, ${name}: sums the full pass's per-step terms over the window only`, () => {
        const model = randomModel({ cell, classes: 3, ...shape }, 8);
        const { xs, set } = randomSequences(2, 1, steps, shape.inputSize, 3);
        const run = runSequence(model, xs[0], steps);
        backpropSequence(model, run, set.labels[0]);
        const truncate = 2;
        const { grads } = sequenceGradient(model, xs[0], steps, set.labels[0], { truncate });
        const expected = windowSums(model, run.layers, truncate);
        const full = sequenceGradient(model, xs[0], steps, set.labels[0]).grads;
        // The readout's V and c do not depend on truncation.
        expected.push(full[full.length - 2], full[full.length - 1]);
        grads.forEach((g, a) => g.forEach((v, i) => expect(v).toBeCloseTo(expected[a][i], 13)));
      });
    }
  }
});

/**
 * Σ over each cell's window (forward cells t ≥ T − k, backward cells t < k) of δ_t x_tᵀ,
 * δ_t h_{t−1}ᵀ (GRU candidate rows: δ_n (r ⊙ h_{t−1})ᵀ) and δ_t, with the δ of the untruncated
 * pass: in a single-direction stack, or one bidirectional layer, no error from outside a window
 * reaches inside it, so those δ are the truncated pass's too.
 */
function windowSums(
  model: RecurrentModel,
  layers: { forward: CellRun; backward: CellRun | null }[],
  k: number,
): Float64Array[] {
  const H = model.hiddenSize;
  const rows = GATE_BLOCKS[model.cell] * H;
  const out: Float64Array[] = [];
  for (const layer of layers) {
    for (const [cell, reversed] of [
      [layer.forward, false],
      [layer.backward, true],
    ] as const) {
      if (!cell) continue;
      const T = cell.steps.length;
      const nIn = cell.steps[0].x.length;
      const [W, U, b] = [
        new Float64Array(rows * nIn),
        new Float64Array(rows * H),
        new Float64Array(rows),
      ];
      for (let t = 0; t < T; t++) {
        if (reversed ? t >= k : t < T - k) continue;
        const { x, hPrev, gates } = cell.steps[t];
        const dz = cell.dLdz[t];
        for (let j = 0; j < rows; j++) {
          b[j] += dz[j];
          for (let i = 0; i < nIn; i++) W[j * nIn + i] += dz[j] * x[i];
          const candidate = model.cell === 'gru' && j >= 2 * H;
          for (let i = 0; i < H; i++) {
            const read = candidate ? gates[H + i] * hPrev[i] : hPrev[i];
            U[j * H + i] += dz[j] * read;
          }
        }
      }
      out.push(W, U, b);
    }
  }
  return out;
}
