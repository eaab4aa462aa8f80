import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../engine/recurrent/cellMath';
import type { CellKind } from '../engine/recurrent/recurrentModel';
import { CELL_KINDS, createRecurrentModel } from '../engine/recurrent/recurrentModel';
import { traceSequence } from '../engine/recurrent/recurrentTrace';
import { KATEX_OPTIONS } from './katexOptions';
import { sequenceTexLines } from './sequenceTex';
import type { SequenceTexInput } from './sequenceTex';
import { SEQUENCE_TEX_WORDS_EN as WORDS } from './sequenceTexWords.fixture';
import { shownNumber } from './shownNumber';
import type { TexLine } from './texLine';
import { displayEquation } from './texLine';
import { texNumber } from './texNumber';

const T = 28;
const H = 5;
const TARGET = 3;
const STRICT = {
  ...KATEX_OPTIONS,
  throwOnError: true,
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
};

/** A ring of ink around the centre of the 28×28 grid, softly edged: a plausible 0. */
const RING = Float64Array.from({ length: T * 28 }, (_, p) => {
  const r = Math.hypot((p % 28) - 13.5, Math.floor(p / 28) - 13.5);
  return Math.max(0, 1 - Math.abs(r - 8) / 2.5);
});

/** A seeded model, its cell's weights scaled by `gain` (4 saturates gates and states). */
function traced(cell: CellKind, seed: number, gain = 1) {
  const model = createRecurrentModel(
    { cell, inputSize: 28, hiddenSize: H, layers: 1, bidirectional: false, classes: 10 },
    { seed },
  );
  for (const w of [model.forward[0].W, model.forward[0].U]) w.forEach((v, i) => (w[i] = v * gain));
  return { model, trace: traceSequence(model, RING, T, TARGET) };
}

/** Per cell: two ordinary models and a saturated one. */
const CASES = CELL_KINDS.flatMap((cell) => [
  traced(cell, 11),
  traced(cell, 12),
  traced(cell, 13, 4),
]);

function linesAt(
  c: (typeof CASES)[number],
  phase: 'forward' | 'backward',
  t: number,
  unit: number,
): TexLine[] {
  const input: SequenceTexInput = {
    ...c,
    input: RING,
    target: TARGET,
    phase,
    t,
    unit,
    words: WORDS,
  };
  return sequenceTexLines(input);
}

/** What a line must show: its value, and where it shows factors, the formula they recompute. */
interface Expected {
  id: string;
  value: number;
  factors?: readonly number[];
  compute?: (rounded: readonly number[]) => number;
}

const sumOf = (a: readonly number[]) => a.reduce((sum, x) => sum + x, 0);
const norm = (v: Float64Array) => Math.hypot(...v);

/** Σ_k U[block·H + k][j] δ[block·H + k]: computed here apart from the panel's own code. */
function viaBlock(c: (typeof CASES)[number], block: number, s: number, j: number): number {
  const { U } = c.model.forward[0];
  const delta = c.trace.layers[0].dLdz[s];
  return sumOf(
    Array.from({ length: H }, (_, k) => U[(block * H + k) * H + j] * delta[block * H + k]),
  );
}

function expectedForward(c: (typeof CASES)[number], t: number, j: number): Expected[] {
  const cell = c.trace.layers[0];
  const s = t - 1;
  const hPrev = s > 0 ? cell.h[s - 1][j] : 0;
  const gate = (block: number, squash: (x: number) => number, id: string): Expected => ({
    id,
    value: cell.gates[s][block * H + j],
    factors: [cell.z[s][block * H + j]],
    compute: ([r]) => squash(r),
  });
  let lines: Expected[];
  if (c.model.cell === 'rnn') {
    const { W, U, b } = c.model.forward[0];
    const x = RING.subarray(s * 28, t * 28);
    const fromInput = sumOf(Array.from(x, (xk, k) => W[j * 28 + k] * xk));
    const prev = s > 0 ? cell.h[s - 1] : new Float64Array(H);
    const fromState = sumOf(Array.from(prev, (hk, k) => U[j * H + k] * hk));
    lines = [
      { id: 'seq-tex-cell', value: NaN },
      {
        id: 'seq-tex-z',
        value: cell.z[s][j],
        factors: [fromInput, fromState, b[j]],
        compute: sumOf,
      },
      gate(0, Math.tanh, 'seq-tex-state'),
    ];
  } else if (c.model.cell === 'gru') {
    const [z, n] = [cell.gates[s][j], cell.gates[s][2 * H + j]];
    lines = [
      gate(0, sigmoid, 'seq-tex-gate-z'),
      gate(1, sigmoid, 'seq-tex-gate-r'),
      gate(2, Math.tanh, 'seq-tex-gate-n'),
      {
        id: 'seq-tex-state',
        value: cell.h[s][j],
        factors: [z, hPrev, n],
        compute: ([a, p, q]) => a * p + (1 - a) * q,
      },
    ];
  } else {
    const [f, i, o, g] = [0, 1, 2, 3].map((block) => cell.gates[s][block * H + j]);
    const c = (cell.c as Float64Array[])[s][j];
    const cPrev = s > 0 ? (cell.c as Float64Array[])[s - 1][j] : 0;
    lines = [
      gate(0, sigmoid, 'seq-tex-gate-f'),
      gate(1, sigmoid, 'seq-tex-gate-i'),
      gate(2, sigmoid, 'seq-tex-gate-o'),
      gate(3, Math.tanh, 'seq-tex-gate-g'),
      {
        id: 'seq-tex-cell-state',
        value: c,
        factors: [f, cPrev, i, g],
        compute: ([a, p, q, r]) => a * p + q * r,
      },
      {
        id: 'seq-tex-state',
        value: cell.h[s][j],
        factors: [o, c],
        compute: ([a, p]) => a * Math.tanh(p),
      },
    ];
  }
  if (t < T) return lines;
  const p = c.trace.probabilities[TARGET];
  return [
    ...lines,
    { id: 'seq-tex-answer', value: p },
    { id: 'seq-tex-loss', value: c.trace.loss, factors: [p], compute: ([r]) => -Math.log(r) },
  ];
}

function expectedBackward(c: (typeof CASES)[number], t: number, j: number): Expected[] {
  const cell = c.trace.layers[0];
  const s = t - 1;
  const dh = cell.dLdh[s][j];
  const lines: Expected[] = [{ id: 'seq-tex-dLdh', value: dh }];
  if (c.model.cell === 'rnn') {
    lines.push({
      id: 'seq-tex-delta',
      value: cell.dLdz[s][j],
      factors: [dh, cell.h[s][j]],
      compute: ([d, h]) => d * (1 - h * h),
    });
  }
  if (c.model.cell === 'gru' && t < T) {
    const [z, r, dhNext] = [cell.gates[t][j], cell.gates[t][H + j], cell.dLdh[t][j]];
    const via = [0, 1, 2].map((block) => viaBlock(c, block, t, j));
    lines[0] = {
      id: 'seq-tex-dLdh',
      value: dh,
      factors: [z, dhNext, via[0], via[1], r, via[2]],
      compute: ([a, b, p, q, e, n]) => a * b + p + q + e * n,
    };
  }
  if (c.model.cell === 'lstm') {
    if (t < T) {
      const via = [0, 1, 2, 3].map((block) => viaBlock(c, block, t, j));
      lines[0] = { id: 'seq-tex-dLdh', value: dh, factors: via, compute: sumOf };
    }
    const o = cell.gates[s][2 * H + j];
    const cs = (cell.c as Float64Array[])[s][j];
    const fromH = ([d, a, x]: readonly number[]) => d * a * (1 - Math.tanh(x) ** 2);
    const along = t < T ? [(cell.dLdc as Float64Array[])[t][j], cell.gates[t][j]] : [];
    lines.push({
      id: 'seq-tex-dLdc',
      value: (cell.dLdc as Float64Array[])[s][j],
      factors: [dh, o, cs, ...along],
      compute: (r) => fromH(r) + (t < T ? r[3] * r[4] : 0),
    });
  }
  const here = norm(cell.dLdh[s]);
  lines.push({ id: 'seq-tex-norm', value: here });
  if (t < T) {
    const later = norm(cell.dLdh[t]);
    lines.push({
      id: 'seq-tex-ratio',
      value: here / later,
      factors: [here, later],
      compute: ([a, b]) => a / b,
    });
  }
  lines.push(
    { id: 'seq-tex-share-w', value: cell.contributionW[s] },
    { id: 'seq-tex-share-u', value: cell.contributionU[s] },
  );
  if (t === 1) return lines;
  const prev = Array.from(cell.h[s - 1], Math.abs);
  const k = prev.indexOf(Math.max(...prev));
  const [delta, hk] = [cell.dLdz[s][j], cell.h[s - 1][k]];
  lines.push({
    id: 'seq-tex-share-example',
    value: delta * hk,
    factors: [delta, hk],
    compute: ([a, b]) => a * b,
  });
  return lines;
}

/** Whether `shown` stands in the TeX as a whole number, not as part of a longer one. */
function showsWhole(tex: string, shown: string): boolean {
  for (let at = tex.indexOf(shown); at >= 0; at = tex.indexOf(shown, at + 1)) {
    const before = tex[at - 1] ?? ' ';
    const after = tex[at + shown.length] ?? ' ';
    if (!/[\d.-]/.test(before) && !/[\d.]/.test(after)) return true;
  }
  return false;
}

const DIGITS = Array.from({ length: 15 }, (_, i) => i + 3);

/** The fewest digits (3 or more) with which `x` stands whole in `tex`, if any. */
const digitsShown = (tex: string, x: number) =>
  DIGITS.find((d) => showsWhole(tex, texNumber(x, d)));

/**
 * The result stands last, with some digits; the factors stand before it with some digits at
 * which they recompute the result as shown.
 */
function expectShowsResult(line: TexLine, expected: Expected) {
  const where = `${line.testId}: ${line.tex}`;
  const cut = line.tex.lastIndexOf(' = ');
  const resultDigits = digitsShown(line.tex.slice(cut), line.value as number);
  expect(resultDigits, where).toBeDefined();
  const { factors, compute } = expected;
  if (!factors || !compute) return;
  const shown = line.tex.slice(0, cut);
  const digits = DIGITS.find((d) => factors.every((x) => showsWhole(shown, texNumber(x, d))));
  expect(digits, `factors ${factors.join(', ')} in ${where}`).toBeDefined();
  const rounded = factors.map((x) => Number(x.toPrecision(digits)));
  expect(shownNumber(compute(rounded), resultDigits), where).toBe(
    shownNumber(line.value as number, resultDigits),
  );
}

function expectLines(lines: TexLine[], expected: Expected[], where: string) {
  expect(
    lines.map((line) => line.testId),
    where,
  ).toEqual(expected.map((e) => e.id));
  lines.forEach((line, i) => {
    const { value } = expected[i];
    if (Number.isNaN(value)) return expect(line.value, where).toBeUndefined();
    const tolerance = 1e-12 * Math.max(Math.abs(value), 1e-300);
    expect(Math.abs((line.value as number) - value), `${where} ${line.testId}`).toBeLessThanOrEqual(
      tolerance,
    );
    expectShowsResult(line, expected[i]);
  });
}

const STEPS = [1, 2, 14, 27, 28];
const UNITS = [0, 2, 4];

describe('sequenceTexLines', () => {
  it('shows the forward pass with the traced gates, states, answer and loss', () => {
    for (const c of CASES) {
      for (const t of STEPS) {
        for (const j of UNITS) {
          expectLines(
            linesAt(c, 'forward', t, j),
            expectedForward(c, t, j),
            `${c.model.cell} t=${t} j=${j}`,
          );
        }
      }
    }
  });

  it('rebuilds the traced ∂L/∂h, δ, ∂L/∂c and the step’s shares going back', () => {
    for (const c of CASES) {
      for (const t of STEPS) {
        for (const j of UNITS) {
          expectLines(
            linesAt(c, 'backward', t, j),
            expectedBackward(c, t, j),
            `${c.model.cell} t=${t} j=${j}`,
          );
        }
      }
    }
  });

  it('says that h₀ = 0 leaves the first step no share of ∂L/∂U', () => {
    for (const c of CASES) {
      const line = linesAt(c, 'backward', 1, 1).find((l) => l.testId === 'seq-tex-share-u');
      expect(line?.value).toBe(0);
      expect(line?.caption).toBe(WORDS.shareUFirstStep);
      expect(line?.tex).toContain('h_{0}=0');
    }
  });

  it('names units from 1, steps as they are and the gate whose δ the example uses', () => {
    const [rnn, gru, lstm] = CELL_KINDS.map((cell) => CASES.find((c) => c.model.cell === cell)!);
    const rnnState = linesAt(rnn, 'forward', 7, 2).find((l) => l.testId === 'seq-tex-state');
    expect(rnnState?.tex).toMatch(/^h_\{7,3\} = \\tanh /);
    const example = (c: (typeof CASES)[number]) =>
      linesAt(c, 'backward', 7, 2).find((l) => l.testId === 'seq-tex-share-example')?.tex;
    expect(example(rnn)).toContain('\\delta_{7,3}');
    expect(example(gru)).toContain('\\delta^{z}_{7,3}');
    expect(example(lstm)).toContain('\\delta^{f}_{7,3}');
    expect(example(lstm)).toContain('(U_{f})_{3,');
  });

  it('never rounds a saturated gate or state to ±1', () => {
    let saturated = 0;
    for (const c of CASES) {
      for (const t of STEPS) {
        for (const line of linesAt(c, 'forward', t, 2)) {
          if (!/^seq-tex-(gate|state)/.test(line.testId ?? '')) continue;
          const value = line.value as number;
          if (Math.abs(value) !== 1 && Math.abs(value) > 0.9995) saturated++;
          if (Math.abs(value) !== 1) expect(line.tex, line.testId).not.toMatch(/ = -?1$/);
        }
      }
    }
    expect(saturated).toBeGreaterThan(0);
  });

  it('leaves the second term of ∂L/∂c out at the last step', () => {
    const lstm = CASES.find((c) => c.model.cell === 'lstm')!;
    const dLdc = (t: number) =>
      linesAt(lstm, 'backward', t, 0).find((l) => l.testId === 'seq-tex-dLdc');
    expect(dLdc(T)?.tex).not.toContain(`c_{${T + 1},1}`);
    expect(dLdc(T - 1)?.tex).toContain(`f_{${T},1}`);
  });

  it('gives every line its own test id, and a caption', () => {
    for (const c of CASES) {
      for (const phase of ['forward', 'backward'] as const) {
        for (const t of [1, T]) {
          const lines = linesAt(c, phase, t, 0);
          expect(new Set(lines.map((l) => l.testId)).size).toBe(lines.length);
          for (const line of lines) expect(line.caption, line.testId).toBeTruthy();
        }
      }
    }
  });

  it('typesets every line with KaTeX, strictly, as the page sets it', () => {
    for (const c of CASES.filter((_, i) => i % 3 !== 1)) {
      for (const phase of ['forward', 'backward'] as const) {
        for (const t of [1, 2, T - 1, T]) {
          for (const line of linesAt(c, phase, t, 4)) {
            for (const tex of [line.tex, displayEquation(line.tex)]) {
              expect(() => katex.renderToString(tex, STRICT), tex).not.toThrow();
            }
          }
        }
      }
    }
  });
});
