import { sigmoid } from '../engine/recurrent/cellMath';
import { agreeingDigits } from './agreeingDigits';
import type { GateName, StepAt } from './sequenceTexParts';
import { agreeingFactors, boundedDigits, dot, gateAt, seq } from './sequenceTexParts';
import { paint } from './symbols';
import type { TexLine } from './texLine';
import { equation, product } from './texLine';
import { texNumber } from './texNumber';

/** The forward pass of step t as seen from hidden unit j: gates, states, and at t = T the loss. */

/** What W x_t + U h_{t−1} + b of a block reads, written for gate g (the GRU's n reads r ⊙ h). */
function preActivationTex(at: StepAt, g?: GateName): string {
  const recurrent =
    g === 'n'
      ? `${seq.U(g)} (${seq.gate('r', at.t)} \\odot ${seq.h(at.t - 1)})`
      : `${seq.U(g)} ${seq.h(at.t - 1)}`;
  return `${seq.W(g)} ${seq.x(at.t)} + ${recurrent} + ${seq.b(g)}`;
}

/** The RNN: z_{t,j} from its three parts, then h_{t,j} = tanh z_{t,j}. */
function rnnLines(at: StepAt): TexLine[] {
  const { model, input, words } = at.input;
  const { W, U, b } = model.forward[0];
  const { s, j, t, J, H } = at;
  const nIn = model.inputSize;
  const x = input.subarray(s * nIn, (s + 1) * nIn);
  const fromInput = dot(W.subarray(j * nIn, (j + 1) * nIn), x);
  const fromState = dot(U.subarray(j * H, (j + 1) * H), at.hPrev);
  const z = fromInput + fromState + b[j];
  const f = agreeingFactors([fromInput, fromState, b[j]], ([p, q, r]) => p + q + r, z);
  const pre = at.cell.z[s][j];
  const h = Math.tanh(pre);
  const hDigits = boundedDigits(h);
  const g = agreeingFactors([pre], ([r]) => Math.tanh(r), h, hDigits);
  return [
    {
      tex: `${seq.h(t)} = \\tanh(${preActivationTex(at)})`,
      caption: words.rnnCell,
      testId: 'seq-tex-cell',
    },
    {
      tex: equation(
        `${seq.pre(t, J)} = (${seq.W()} ${seq.x(t)})_{${J}} + (${seq.U()} ${seq.h(t - 1)})_{${J}} + ${seq.bEntry(J)}`,
        `${f(fromInput)} + ${f(fromState)} + ${paint('bias', f(b[j]))}`,
        paint('z', texNumber(z)),
      ),
      caption: words.preActivation,
      value: z,
      testId: 'seq-tex-z',
    },
    {
      tex: equation(
        `${seq.h(t, J)} = \\tanh ${seq.pre(t, J)}`,
        `\\tanh ${paint('z', g(pre))}`,
        texNumber(h, hDigits),
      ),
      caption: words.rnnState,
      value: h,
      testId: 'seq-tex-state',
    },
  ];
}

/** Gate g (block `block`) of unit j: σ or tanh of its pre-activation. */
function gateLine(at: StepAt, g: GateName, block: number, squash: 'sigmoid' | 'tanh'): TexLine {
  const { pre } = gateAt(at, block);
  const fn = squash === 'sigmoid' ? sigmoid : Math.tanh;
  const op = squash === 'sigmoid' ? '\\sigma' : '\\tanh';
  const value = fn(pre);
  // Inside σ( ) the argument needs no parentheses of its own.
  const valueDigits = boundedDigits(value);
  const digits = agreeingDigits([pre], ([r]) => fn(r), value, valueDigits);
  return {
    tex: equation(
      `${seq.gate(g, at.t, at.J)} = ${op}\\big((${preActivationTex(at, g)})_{${at.J}}\\big)`,
      `${op}(${paint('z', texNumber(pre, digits))})`,
      texNumber(value, valueDigits),
    ),
    caption: at.input.words.gates[g],
    value,
    testId: `seq-tex-gate-${g}`,
  };
}

/** The GRU: z, r, n, then h = z h₋₁ + (1 − z) n. */
function gruLines(at: StepAt): TexLine[] {
  const { t, J, j } = at;
  const z = gateAt(at, 0).value;
  const n = gateAt(at, 2).value;
  const hPrev = at.hPrev[j];
  const h = z * hPrev + (1 - z) * n;
  const hDigits = boundedDigits(h);
  const f = agreeingFactors([z, hPrev, n], ([a, p, c]) => a * p + (1 - a) * c, h, hDigits);
  return [
    gateLine(at, 'z', 0, 'sigmoid'),
    gateLine(at, 'r', 1, 'sigmoid'),
    gateLine(at, 'n', 2, 'tanh'),
    {
      tex: equation(
        `${seq.h(t, J)} = ${seq.gate('z', t, J)} ${seq.h(t - 1, J)} + (1 - ${seq.gate('z', t, J)}) ${seq.gate('n', t, J)}`,
        `${product([f(z), f(hPrev)])} + ${product([`(1 - ${f(z)})`, f(n)])}`,
        texNumber(h, hDigits),
      ),
      caption: at.input.words.gruState,
      value: h,
      testId: 'seq-tex-state',
    },
  ];
}

/** The LSTM: f, i, o, c̃, then c = f c₋₁ + i c̃ and h = o tanh c. */
function lstmLines(at: StepAt): TexLine[] {
  const { t, J, j } = at;
  const [f, i, o, g] = [0, 1, 2, 3].map((block) => gateAt(at, block).value);
  const cPrev = (at.cPrev as Float64Array)[j];
  const c = f * cPrev + i * g;
  const h = o * Math.tanh(c);
  const cf = agreeingFactors([f, cPrev, i, g], ([a, p, q, r]) => a * p + q * r, c);
  const hDigits = boundedDigits(h);
  const hf = agreeingFactors([o, c], ([a, p]) => a * Math.tanh(p), h, hDigits);
  return [
    gateLine(at, 'f', 0, 'sigmoid'),
    gateLine(at, 'i', 1, 'sigmoid'),
    gateLine(at, 'o', 2, 'sigmoid'),
    gateLine(at, 'g', 3, 'tanh'),
    {
      tex: equation(
        `${seq.c(t, J)} = ${seq.gate('f', t, J)} ${seq.c(t - 1, J)} + ${seq.gate('i', t, J)} ${seq.gate('g', t, J)}`,
        `${product([cf(f), cf(cPrev)])} + ${product([cf(i), cf(g)])}`,
        texNumber(c),
      ),
      caption: at.input.words.lstmCell,
      value: c,
      testId: 'seq-tex-cell-state',
    },
    {
      tex: equation(
        `${seq.h(t, J)} = ${seq.gate('o', t, J)} \\tanh ${seq.c(t, J)}`,
        product([hf(o), `\\tanh ${hf(c)}`]),
        texNumber(h, hDigits),
      ),
      caption: at.input.words.lstmState,
      value: h,
      testId: 'seq-tex-state',
    },
  ];
}

/** After the last row: the answer's probability for the target digit and the loss. */
function answerLines(at: StepAt): TexLine[] {
  const { trace, target, words } = at.input;
  const p = trace.probabilities[target];
  const f = agreeingFactors([p], ([r]) => -Math.log(r), trace.loss);
  return [
    {
      tex: equation(
        `${seq.yHat(target)} = \\operatorname{softmax}(${seq.V} ${seq.h(at.T)} + ${seq.cOut})_{${target}}`,
        texNumber(p),
      ),
      caption: words.answer(target),
      value: p,
      testId: 'seq-tex-answer',
    },
    {
      tex: equation(
        `${seq.L} = -\\log ${seq.yHat(paint('y', 'y'))}`,
        `-\\log ${f(p)}`,
        paint('cost', texNumber(trace.loss)),
      ),
      caption: words.loss,
      value: trace.loss,
      testId: 'seq-tex-loss',
    },
  ];
}

export function forwardLines(at: StepAt): TexLine[] {
  const cell = at.input.model.cell;
  const lines = cell === 'rnn' ? rnnLines(at) : cell === 'gru' ? gruLines(at) : lstmLines(at);
  return at.t === at.T ? [...lines, ...answerLines(at)] : lines;
}
