import { createRng } from '../random';

/**
 * Recurrent networks that read a sequence one vector per time step and answer from the last
 * hidden state: sequential MNIST reads a digit as 28 rows of 28 pixels. The names follow the
 * course notes: x_t the input at step t, h_t the hidden state, W the input weights, U the
 * recurrent weights (W_hh), b the bias; V and c map the last hidden state to class scores.
 *
 * Cells and their gate blocks, in the order they sit in W, U and b (rows g·H … (g+1)·H − 1):
 * - 'rnn'  [a]:           h_t = tanh(W x_t + U h_{t−1} + b)
 * - 'gru'  [z, r, n]:     z = σ(…), r = σ(…), n = tanh(W_n x_t + U_n (r ⊙ h_{t−1}) + b_n),
 *                         h_t = z ⊙ h_{t−1} + (1 − z) ⊙ n   (Cho et al. 2014, reset before U)
 * - 'lstm' [f, i, o, g]:  f, i, o = σ(…), g = tanh(…) (the candidate c̃_t),
 *                         c_t = f ⊙ c_{t−1} + i ⊙ g, h_t = o ⊙ tanh(c_t)
 */
export type CellKind = 'rnn' | 'gru' | 'lstm';
export const CELL_KINDS: readonly CellKind[] = ['rnn', 'gru', 'lstm'];

/** Gate blocks per cell, each H rows of W, U and b. */
export const GATE_BLOCKS: Record<CellKind, number> = { rnn: 1, gru: 3, lstm: 4 };
/** Where the LSTM's forget gate sits among its blocks (its bias is initialised apart). */
export const LSTM_FORGET_BLOCK = 0;

export interface RecurrentSpec {
  cell: CellKind;
  /** Values read per time step: 28 pixels for one row of a digit. */
  inputSize: number;
  hiddenSize: number;
  /** Stacked layers: layer l > 0 reads layer l − 1's hidden states (both directions' when bidirectional). */
  layers: number;
  /** A second cell per layer reads the sequence backwards; the answer reads both last states. */
  bidirectional: boolean;
  classes: number;
}

/** One cell's parameters: W is (blocks·H) × nIn, U is (blocks·H) × H, row-major. */
export interface CellParameters {
  W: Float64Array;
  U: Float64Array;
  b: Float64Array;
}

export interface RecurrentModel extends RecurrentSpec {
  /** Per stacked layer, the cell that reads forwards. */
  forward: CellParameters[];
  /** Per stacked layer, the cell that reads backwards; empty unless bidirectional. */
  backward: CellParameters[];
  /** classes × readoutSize(spec), row-major, and the class biases: scores = V h + c. */
  V: Float64Array;
  c: Float64Array;
}

export interface RecurrentInit {
  seed: number;
  /** The LSTM forget gate's starting bias (the notes advise 1 or 2); ignored by other cells. */
  forgetBias?: number;
}

/** Values layer l reads per step. */
export function layerInputSize(spec: RecurrentSpec, l: number): number {
  return l === 0 ? spec.inputSize : spec.hiddenSize * (spec.bidirectional ? 2 : 1);
}

/** Values the answer reads: the last layer's final state, both directions' when bidirectional. */
export function readoutSize(spec: RecurrentSpec): number {
  return spec.hiddenSize * (spec.bidirectional ? 2 : 1);
}

/**
 * Every parameter array in one fixed order — per layer the forward cell's W, U, b then the
 * backward cell's, then V and c — so optimisers, clipping and gradients walk them in step.
 */
export function parameterArrays(model: RecurrentModel): Float64Array[] {
  const arrays: Float64Array[] = [];
  for (let l = 0; l < model.layers; l++) {
    for (const cell of model.bidirectional
      ? [model.forward[l], model.backward[l]]
      : [model.forward[l]])
      arrays.push(cell.W, cell.U, cell.b);
  }
  arrays.push(model.V, model.c);
  return arrays;
}

export function recurrentParameterCount(spec: RecurrentSpec): number {
  const H = spec.hiddenSize;
  const rows = GATE_BLOCKS[spec.cell] * H;
  let n = 0;
  for (let l = 0; l < spec.layers; l++) {
    const cell = rows * (layerInputSize(spec, l) + H + 1);
    n += cell * (spec.bidirectional ? 2 : 1);
  }
  return n + spec.classes * (readoutSize(spec) + 1);
}

/** Zeroed arrays shaped like the model's parameters, in parameterArrays order (for gradients). */
export function zeroParameterArrays(spec: RecurrentSpec): Float64Array[] {
  return parameterArrays(emptyModel(spec));
}

function emptyCell(spec: RecurrentSpec, l: number): CellParameters {
  const rows = GATE_BLOCKS[spec.cell] * spec.hiddenSize;
  return {
    W: new Float64Array(rows * layerInputSize(spec, l)),
    U: new Float64Array(rows * spec.hiddenSize),
    b: new Float64Array(rows),
  };
}

function emptyModel(spec: RecurrentSpec): RecurrentModel {
  const layers = Array.from({ length: spec.layers }, (_, l) => l);
  return {
    ...spec,
    forward: layers.map((l) => emptyCell(spec, l)),
    backward: spec.bidirectional ? layers.map((l) => emptyCell(spec, l)) : [],
    V: new Float64Array(spec.classes * readoutSize(spec)),
    c: new Float64Array(spec.classes),
  };
}

/**
 * A seeded model: W, U and V drawn from N(0, 1/fan-in) (U's fan-in is H), biases 0 except the
 * LSTM forget gate's, which starts at forgetBias (default 1).
 */
export function createRecurrentModel(spec: RecurrentSpec, init: RecurrentInit): RecurrentModel {
  const rng = createRng(init.seed);
  const model = emptyModel(spec);
  const fill = (a: Float64Array, fanIn: number) => {
    const scale = 1 / Math.sqrt(fanIn);
    for (let i = 0; i < a.length; i++) a[i] = rng.normal() * scale;
  };
  const H = spec.hiddenSize;
  const cells = model.forward.map((cell, l) => [cell, model.backward[l]] as const);
  for (const [l, pair] of cells.entries()) {
    for (const cell of pair) {
      if (!cell) continue;
      fill(cell.W, layerInputSize(spec, l));
      fill(cell.U, H);
      if (spec.cell === 'lstm')
        cell.b.fill(init.forgetBias ?? 1, LSTM_FORGET_BLOCK * H, (LSTM_FORGET_BLOCK + 1) * H);
    }
  }
  fill(model.V, readoutSize(spec));
  return model;
}

/** An independent copy: same spec, every parameter array copied. */
export function cloneRecurrentModel(model: RecurrentModel): RecurrentModel {
  const copyCell = (cell: CellParameters): CellParameters => ({
    W: cell.W.slice(),
    U: cell.U.slice(),
    b: cell.b.slice(),
  });
  return {
    ...model,
    forward: model.forward.map(copyCell),
    backward: model.backward.map(copyCell),
    V: model.V.slice(),
    c: model.c.slice(),
  };
}
