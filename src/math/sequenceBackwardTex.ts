import { agreeingDigits } from './agreeingDigits';
import type { GateName, StepAt } from './sequenceTexParts';
import { norm } from '../engine/recurrent/vectorNorm';
import { agreeingFactors, gateAt, productSumTex, seq } from './sequenceTexParts';
import { paint } from './symbols';
import type { TexLine } from './texLine';
import { equation, product } from './texLine';
import { texNumber } from './texNumber';

/**
 * BPTT at step t as seen from hidden unit j: how ∂L/∂h_t is made of what step t + 1 (or the
 * answer, at t = T) sends back, how its size changes from step to step, and what step t adds
 * to the weight gradients. Every sum is recomputed from the weights and the traced ∂L/∂z, so
 * the tests can hold it to the engine's ∂L/∂h.
 */

/** (U_gᵀ δ^g_{s})_j: what gate block `block` of step index s sends back to h_{s−1,j}. */
function throughBlock(at: StepAt, block: number, s: number): number {
  const { H, j } = at;
  const U = at.input.model.forward[0].U;
  const delta = at.cell.dLdz[s];
  let sum = 0;
  for (let k = 0; k < H; k++) sum += U[(block * H + k) * H + j] * delta[block * H + k];
  return sum;
}

/** ∂L/∂h_{T,j} = (Vᵀ(ŷ − y))_j, the error entering from the answer. */
function readoutErrorLine(at: StepAt): TexLine {
  const { model, trace, target, words } = at.input;
  const { H, j, J, T } = at;
  const classes = Array.from({ length: model.classes }, (_, k) => k);
  const weights = classes.map((k) => model.V[k * H + j]);
  const errors = classes.map((k) => trace.probabilities[k] - (k === target ? 1 : 0));
  const sum = productSumTex(weights, errors, words.moreTerms);
  return {
    tex: equation(
      `${seq.dL(seq.h(T, J))} = \\big(${seq.V}^\\top (\\hat{y} - ${paint('y', 'y')})\\big)_{${J}} = \\sum_k ${seq.Ventry('k', J)} (${seq.yHat('k')} - ${seq.y('k')})`,
      sum.tex,
      texNumber(sum.value),
    ),
    caption: words.readoutError,
    value: sum.value,
    testId: 'seq-tex-dLdh',
  };
}

/** RNN: ∂L/∂h_{t,j} = (Uᵀ δ_{t+1})_j. */
function rnnErrorLine(at: StepAt): TexLine {
  const { H, j, J, t, s } = at;
  const U = at.input.model.forward[0].U;
  const weights = Array.from({ length: H }, (_, k) => U[k * H + j]);
  const sum = productSumTex(weights, Array.from(at.cell.dLdz[s + 1]), at.input.words.moreTerms);
  return {
    tex: equation(
      `${seq.dL(seq.h(t, J))} = (${seq.U()}^\\top \\delta_{${t + 1}})_{${J}} = \\sum_k ${seq.Uentry('k', J)} ${seq.delta(null, t + 1, 'k')}`,
      sum.tex,
      texNumber(sum.value),
    ),
    caption: at.input.words.rnnError,
    value: sum.value,
    testId: 'seq-tex-dLdh',
  };
}

/** RNN: δ_{t,j} = ∂L/∂h_{t,j} (1 − h_{t,j}²). */
function rnnDeltaLine(at: StepAt): TexLine {
  const { j, J, t, s } = at;
  const dh = at.cell.dLdh[s][j];
  const h = at.cell.h[s][j];
  const delta = dh * (1 - h * h);
  const f = agreeingFactors([dh, h], ([d, r]) => d * (1 - r * r), delta);
  return {
    tex: equation(
      `${seq.delta(null, t, J)} = ${seq.dL(seq.pre(t, J))} = ${seq.dL(seq.h(t, J))} (1 - ${seq.h(t, J)}^2)`,
      product([f(dh), `(1 - ${f(h)}^2)`]),
      texNumber(delta),
    ),
    caption: at.input.words.rnnDelta,
    value: delta,
    testId: 'seq-tex-delta',
  };
}

/** GRU: the direct path through z_{t+1}, then the paths through U_z, U_r and U_n. */
function gruErrorLine(at: StepAt): TexLine {
  const { j, J, t, s } = at;
  const next = s + 1;
  const z = gateAt(at, 0, next).value;
  const r = gateAt(at, 1, next).value;
  const dh = at.cell.dLdh[next][j];
  const [viaZ, viaR, viaN] = [0, 1, 2].map((block) => throughBlock(at, block, next));
  const value = z * dh + viaZ + viaR + r * viaN;
  const f = agreeingFactors(
    [z, dh, viaZ, viaR, r, viaN],
    ([a, b, c, d, e, g]) => a * b + c + d + e * g,
    value,
  );
  const path = (g: GateName) => `(${seq.U(g)}^\\top ${seq.delta(g, t + 1)})_{${J}}`;
  return {
    tex: equation(
      `${seq.dL(seq.h(t, J))} = ${seq.gate('z', t + 1, J)} ${seq.dL(seq.h(t + 1, J))} + ${path('z')} + ${path('r')} + ${seq.gate('r', t + 1, J)} ${path('n')}`,
      `${product([f(z), f(dh)])} + ${f(viaZ)} + ${f(viaR)} + ${product([f(r), f(viaN)])}`,
      texNumber(value),
    ),
    caption: at.input.words.gruError,
    value,
    testId: 'seq-tex-dLdh',
  };
}

const LSTM_GATES: readonly GateName[] = ['f', 'i', 'o', 'g'];

/** LSTM: ∂L/∂h_{t,j} = Σ_g (U_gᵀ δ^g_{t+1})_j, one term per gate. */
function lstmErrorLine(at: StepAt): TexLine {
  const { J, t, s } = at;
  const paths = LSTM_GATES.map((_, block) => throughBlock(at, block, s + 1));
  const value = paths.reduce((sum, p) => sum + p, 0);
  const f = agreeingFactors(paths, (r) => r.reduce((sum, p) => sum + p, 0), value);
  const gates = LSTM_GATES.map((g) => seq.gate(g)).join(', ');
  return {
    tex: equation(
      `${seq.dL(seq.h(t, J))} = \\sum_{g \\in \\{${gates}\\}} (${paint('weight', 'U_g')}^\\top \\delta^g_{${t + 1}})_{${J}}`,
      paths.map((p, g) => `\\underbrace{${f(p)}}_{${seq.gate(LSTM_GATES[g])}}`).join(' + '),
      texNumber(value),
    ),
    caption: at.input.words.lstmError,
    value,
    testId: 'seq-tex-dLdh',
  };
}

/** LSTM: ∂L/∂c_{t,j} = ∂L/∂h_{t,j} o (1 − tanh² c) + ∂L/∂c_{t+1,j} f_{t+1,j} (no second term at T). */
function lstmCellErrorLine(at: StepAt): TexLine {
  const { j, J, t, s, T } = at;
  const dh = at.cell.dLdh[s][j];
  const o = gateAt(at, 2).value;
  const c = (at.cell.c as Float64Array[])[s][j];
  const tc = Math.tanh(c);
  const fromH = dh * o * (1 - tc * tc);
  const last = t === T;
  const dcNext = last ? 0 : (at.cell.dLdc as Float64Array[])[s + 1][j];
  const fNext = last ? 0 : gateAt(at, 0, s + 1).value;
  // The engine adds what came along the cell state first.
  const value = last ? fromH : dcNext * fNext + fromH;
  const fromHOf = ([d, a, x]: readonly number[]) => d * a * (1 - Math.tanh(x) ** 2);
  const f = last
    ? agreeingFactors([dh, o, c], fromHOf, value)
    : agreeingFactors([dh, o, c, dcNext, fNext], (r) => fromHOf(r) + r[3] * r[4], value);
  const symbolicFromH = `${seq.dL(seq.h(t, J))} ${seq.gate('o', t, J)} (1 - \\tanh^2 ${seq.c(t, J)})`;
  const numbersFromH = product([f(dh), f(o), `(1 - \\tanh^2 ${f(c)})`]);
  return {
    tex: equation(
      `${seq.dL(seq.c(t, J))} = ${symbolicFromH}${last ? '' : ` + ${seq.dL(seq.c(t + 1, J))} ${seq.gate('f', t + 1, J)}`}`,
      `${numbersFromH}${last ? '' : ` + ${product([f(dcNext), f(fNext)])}`}`,
      texNumber(value),
    ),
    caption: at.input.words.lstmCellError,
    value,
    testId: 'seq-tex-dLdc',
  };
}

/** ‖∂L/∂h_t‖, and for t < T its ratio to ‖∂L/∂h_{t+1}‖. */
function normLines(at: StepAt): TexLine[] {
  const { t, s, T } = at;
  const { words } = at.input;
  const here = norm(at.cell.dLdh[s]);
  const lines: TexLine[] = [
    {
      tex: equation(`\\left\\| ${seq.dL(seq.h(t))} \\right\\|`, texNumber(here)),
      caption: words.norm,
      value: here,
      testId: 'seq-tex-norm',
    },
  ];
  if (t === T) return lines;
  const later = norm(at.cell.dLdh[s + 1]);
  const ratio = here / later;
  // Parts of a fraction need no parentheses, even negative or scientific.
  const digits = agreeingDigits([here, later], ([a, b]) => a / b, ratio);
  lines.push({
    tex: equation(
      `\\frac{${seq.errorNorm(t)}}{${seq.errorNorm(t + 1)}}`,
      `\\frac{${texNumber(here, digits)}}{${texNumber(later, digits)}}`,
      texNumber(ratio),
    ),
    caption: words.ratio,
    value: ratio,
    testId: 'seq-tex-ratio',
  });
  return lines;
}

/** The blocks that read h_{t−1} in ∂L/∂U's step-t share; the GRU's candidate reads r ⊙ h. */
function shareUTex(at: StepAt): string {
  const { t } = at;
  if (at.input.model.cell !== 'gru') return `\\|\\delta_{${t}}\\, ${seq.h(t - 1)}^\\top\\|_F`;
  const gates = `[${seq.delta('z', t)}; ${seq.delta('r', t)}]`;
  const candidate = `${seq.delta('n', t)} (${seq.gate('r', t)} \\odot ${seq.h(t - 1)})^\\top`;
  return `\\sqrt{\\|${gates}\\, ${seq.h(t - 1)}^\\top\\|_F^2 + \\|${candidate}\\|_F^2}`;
}

/**
 * Step t's share of ∂L/∂W and ∂L/∂U (Frobenius norms, all blocks), and one entry of the
 * latter: the first block's δ_{t,j} times the h_{t−1,k} largest in size.
 */
function shareLines(at: StepAt): TexLine[] {
  const { t, s, j, J, H } = at;
  const { model, words } = at.input;
  const shareW = at.cell.contributionW[s];
  const shareU = at.cell.contributionU[s];
  const lines: TexLine[] = [
    {
      tex: equation(`\\|\\delta_{${t}}\\, ${seq.x(t)}^\\top\\|_F`, texNumber(shareW)),
      caption: words.shareW,
      value: shareW,
      testId: 'seq-tex-share-w',
    },
  ];
  if (t === 1) {
    lines.push({
      tex: `${equation(shareUTex(at), '0')} \\quad (${seq.h(0)}=0)`,
      caption: words.shareUFirstStep,
      value: shareU,
      testId: 'seq-tex-share-u',
    });
    return lines;
  }
  lines.push({
    tex: equation(shareUTex(at), texNumber(shareU)),
    caption: words.shareU,
    value: shareU,
    testId: 'seq-tex-share-u',
  });
  let k = 0;
  for (let i = 1; i < H; i++) if (Math.abs(at.hPrev[i]) > Math.abs(at.hPrev[k])) k = i;
  const g: GateName | undefined =
    model.cell === 'gru' ? 'z' : model.cell === 'lstm' ? 'f' : undefined;
  const delta = at.cell.dLdz[s][j];
  const hk = at.hPrev[k];
  const value = delta * hk;
  const f = agreeingFactors([delta, hk], ([a, b]) => a * b, value);
  lines.push({
    tex: equation(
      `${seq.dL(seq.Uentry(J, k + 1, g))} \\mathrel{+}= ${seq.delta(g ?? null, t, J)}\\, ${seq.h(t - 1, k + 1)}`,
      product([f(delta), f(hk)]),
      texNumber(value),
    ),
    caption: words.shareExample(k + 1),
    value,
    testId: 'seq-tex-share-example',
  });
  return lines;
}

export function backwardLines(at: StepAt): TexLine[] {
  const cell = at.input.model.cell;
  const last = at.t === at.T;
  const lines: TexLine[] = [];
  if (last) lines.push(readoutErrorLine(at));
  else if (cell === 'rnn') lines.push(rnnErrorLine(at));
  else if (cell === 'gru') lines.push(gruErrorLine(at));
  else lines.push(lstmErrorLine(at));
  if (cell === 'rnn') lines.push(rnnDeltaLine(at));
  if (cell === 'lstm') lines.push(lstmCellErrorLine(at));
  return [...lines, ...normLines(at), ...shareLines(at)];
}
