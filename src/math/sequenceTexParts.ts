import type { RecurrentModel } from '../engine/recurrent/recurrentModel';
import type { CellTrace, RecurrentTrace } from '../engine/recurrent/recurrentTrace';
import { agreeingDigits } from './agreeingDigits';
import { TERMS_SHOWN } from './sumTerms';
import { paint } from './symbols';
import { texFactor } from './texNumber';

/**
 * What the sequence page's BPTT panel is built from, the symbols it writes and how it rounds.
 * Notation of the course notes (nndl): x_t, h_t, c_t, W input weights, U recurrent weights,
 * b bias, ŷ = softmax(V h_T + c_out), L = −log ŷ_y. Once substituted, a subscript is "t,j"
 * with t the step (1 … T) and j the hidden unit counted from 1, as the page's strips count
 * units; an output class k is the digit itself, as on the MLP pages.
 */

export interface SequenceTexInput {
  /** Single layer, single direction: the panel follows layer 0's forward cell. */
  model: RecurrentModel;
  /** traceSequence(model, input, T, target). */
  trace: RecurrentTrace;
  /** T rows of model.inputSize pixels, row t − 1 from (t − 1)·inputSize. */
  input: Float64Array;
  /** The digit the loss aims at (y one-hot). */
  target: number;
  phase: 'forward' | 'backward';
  /** The step in play, 1 … T. */
  t: number;
  /** The hidden unit followed, 0 … H − 1 (shown as unit + 1). */
  unit: number;
  words: SequenceTexWords;
}

/** A gate block by the engine's name: GRU z, r, n; LSTM f, i, o, g (the candidate c̃). */
export type GateName = 'z' | 'r' | 'n' | 'f' | 'i' | 'o' | 'g';

/** Captions in the page's language, one per kind of line. */
export interface SequenceTexWords {
  /** h_t = tanh(W x_t + U h_{t−1} + b). */
  rnnCell: string;
  /** z_{t,j} as the input's, the previous state's and the bias's parts. */
  preActivation: string;
  /** h_{t,j} = tanh z_{t,j}. */
  rnnState: string;
  /** One gate's value from its pre-activation. */
  gates: Record<GateName, string>;
  /** h = z h₋₁ + (1 − z) n. */
  gruState: string;
  /** c = f c₋₁ + i c̃. */
  lstmCell: string;
  /** h = o tanh c. */
  lstmState: string;
  /** ŷ_y: the probability the answer gives the target digit. */
  answer: (digit: number) => string;
  /** L = −log ŷ_y. */
  loss: string;
  /** ∂L/∂h_T = Vᵀ(ŷ − y): where the error enters. */
  readoutError: string;
  /** ∂L/∂h_t = Uᵀ δ_{t+1}. */
  rnnError: string;
  /** δ_t = ∂L/∂h_t · (1 − h_t²). */
  rnnDelta: string;
  /** The GRU's direct path is multiplied only by the update gate. */
  gruError: string;
  /** The LSTM's error reaches h_t through its four gates. */
  lstmError: string;
  /** Along the cell state the error is multiplied only by the forget gate. */
  lstmCellError: string;
  norm: string;
  /** Below 1 the error shrinks going back; the product of 27 of them is the vanishing gradient. */
  ratio: string;
  /** Step t's share of ∂L/∂W. */
  shareW: string;
  /** Step t's share of ∂L/∂U. */
  shareU: string;
  /** At t = 1, h_0 = 0: the first step adds nothing to ∂L/∂U. */
  shareUFirstStep: string;
  /** One entry of step t's share of ∂L/∂U, for the unit k (counted from 1) read most strongly. */
  shareExample: (k: number) => string;
  /** The underbraced rest of a long sum. */
  moreTerms: (n: number) => string;
}

/** The numbers of one (step, unit) of layer 0's forward cell, indices 0-based. */
export interface StepAt {
  input: SequenceTexInput;
  cell: CellTrace;
  H: number;
  T: number;
  /** Step index t − 1. */
  s: number;
  j: number;
  /** Shown step t and unit j + 1. */
  t: number;
  J: number;
  /** h_{t−1} and (LSTM) c_{t−1}; zero at t = 1. */
  hPrev: Float64Array;
  cPrev: Float64Array | null;
}

export function stepAt(input: SequenceTexInput): StepAt {
  const { model, trace, t, unit } = input;
  const H = model.hiddenSize;
  const T = trace.steps;
  if (model.layers !== 1 || model.bidirectional) {
    throw new RangeError('the sequence panel reads single-layer, single-direction models');
  }
  if (!Number.isInteger(t) || t < 1 || t > T) throw new RangeError(`step ${t} outside 1 … ${T}`);
  if (!Number.isInteger(unit) || unit < 0 || unit >= H) {
    throw new RangeError(`unit ${unit} outside 0 … ${H - 1}`);
  }
  const cell = trace.layers[0];
  const s = t - 1;
  const zero = new Float64Array(H);
  return {
    input,
    cell,
    H,
    T,
    s,
    j: unit,
    t,
    J: unit + 1,
    hPrev: s > 0 ? cell.h[s - 1] : zero,
    cPrev: cell.c ? (s > 0 ? cell.c[s - 1] : zero) : null,
  };
}

/** Gate g of unit j at step index s: the activated value and its pre-activation. */
export function gateAt(at: StepAt, block: number, s = at.s) {
  const row = block * at.H + at.j;
  return { value: at.cell.gates[s][row], pre: at.cell.z[s][row] };
}

/** Σ_k a[k]·b[k] in index order, as the engine adds. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

/**
 * A formatter for a formula's factors with the fewest digits (at least 3) at which `compute`
 * of the rounded factors rounds to the result as shown with `resultDigits` (see agreeingDigits).
 */
export function agreeingFactors(
  factors: readonly number[],
  compute: (rounded: readonly number[]) => number,
  result: number,
  resultDigits = 3,
): (x: number) => string {
  const digits = agreeingDigits(factors, compute, result, resultDigits);
  return (x) => texFactor(x, digits);
}

/** The largest significant digits a double needs; beyond them nothing changes. */
const MAX_DIGITS = 17;

/**
 * Digits for a value of σ or tanh: 3, or as many as it takes not to round it to ±1, so a gate
 * at 0.99995 does not read as shut or open for good.
 */
export function boundedDigits(x: number): number {
  let digits = 3;
  while (digits < MAX_DIGITS && Math.abs(Number(x.toPrecision(digits))) === 1 && Math.abs(x) !== 1)
    digits++;
  return digits;
}

/**
 * Σ_k left[k]·right[k] with the TERMS_SHOWN largest products written out (left painted as a
 * weight) and the rest as one underbraced total, in digits that add up to the shown result.
 */
export function productSumTex(
  left: readonly number[],
  right: readonly number[],
  moreTerms: (n: number) => string,
): { tex: string; value: number } {
  const terms = left.map((l, k) => l * right[k]);
  const value = dot(left, right);
  const order = terms.map((_, k) => k).sort((p, q) => Math.abs(terms[q]) - Math.abs(terms[p]));
  const shown = order.slice(0, TERMS_SHOWN);
  const rest = order
    .slice(TERMS_SHOWN)
    .sort((p, q) => p - q)
    .reduce((sum, k) => sum + terms[k], 0);
  const hasRest = order.length > TERMS_SHOWN;
  const factors = [...shown.flatMap((k) => [left[k], right[k]]), ...(hasRest ? [rest] : [])];
  const f = agreeingFactors(
    factors,
    (r) => {
      let sum = 0;
      for (let i = 0; i + 1 < 2 * shown.length; i += 2) sum += r[i] * r[i + 1];
      return hasRest ? sum + r[r.length - 1] : sum;
    },
    value,
  );
  const parts = shown.map((k) => `${paint('weight', f(left[k]))} \\cdot ${f(right[k])}`);
  if (hasRest)
    parts.push(`\\underbrace{${f(rest)}}_{\\text{${moreTerms(order.length - TERMS_SHOWN)}}}`);
  return { tex: parts.join(' + '), value };
}

/** TeX symbols; `sub` takes shown indices (step t, unit j + 1, digit k) or letters. */
const sub = (...indices: readonly (number | string)[]) =>
  indices.length ? `_{${indices.join(',')}}` : '';

const GATE_LETTER: Record<GateName, string> = {
  z: 'z',
  r: 'r',
  n: 'n',
  f: 'f',
  i: 'i',
  o: 'o',
  g: '\\tilde{c}',
};

/** The gate's subscript on W, U, b (nndl writes W_c for the candidate's). */
const GATE_MATRIX: Record<GateName, string> = { ...GATE_LETTER, g: 'c' };

export const seq = {
  x: (t: number) => `x${sub(t)}`,
  h: (...i: readonly (number | string)[]) => `h${sub(...i)}`,
  c: (...i: readonly (number | string)[]) => `c${sub(...i)}`,
  gate: (g: GateName, ...i: readonly (number | string)[]) => `${GATE_LETTER[g]}${sub(...i)}`,
  /** W, U, b of the RNN or of one gate block. */
  W: (g?: GateName) => paint('weight', g ? `W_{${GATE_MATRIX[g]}}` : 'W'),
  U: (g?: GateName) => paint('weight', g ? `U_{${GATE_MATRIX[g]}}` : 'U'),
  b: (g?: GateName) => paint('bias', g ? `b_{${GATE_MATRIX[g]}}` : 'b'),
  bEntry: (j: number) => paint('bias', `b${sub(j)}`),
  /** U's entry in row `row`, column `column`: U_{k,j}, or (U_f)_{j,k} for a gate block. */
  Uentry: (row: number | string, column: number | string, g?: GateName) =>
    paint('weight', g ? `(U_{${GATE_MATRIX[g]}})${sub(row, column)}` : `U${sub(row, column)}`),
  V: paint('weight', 'V'),
  Ventry: (k: number | string, j: number) => paint('weight', `V${sub(k, j)}`),
  cOut: paint('bias', 'c_{\\mathrm{out}}'),
  /** The RNN's pre-activation z_{t,j}. */
  pre: (t: number, j: number) => paint('z', `z${sub(t, j)}`),
  delta: (g: GateName | null, ...i: readonly (number | string)[]) =>
    `\\delta${g ? `^{${GATE_LETTER[g]}}` : ''}${sub(...i)}`,
  yHat: (k: number | string) => `\\hat{y}${sub(k)}`,
  y: (k: number | string) => paint('y', `y${sub(k)}`),
  L: paint('cost', 'L'),
  dL: (of: string) => `\\frac{\\partial ${paint('cost', 'L')}}{\\partial ${of}}`,
  /** ‖∂L/∂h_t‖ written on one line, for use inside a fraction. */
  errorNorm: (t: number) => `\\|\\partial ${paint('cost', 'L')} / \\partial h${sub(t)}\\|`,
};
