import type { CellKind, RecurrentSpec } from './recurrentModel';
import { GATE_BLOCKS, layerInputSize, readoutSize } from './recurrentModel';

/**
 * The batched pass's memory, allocated once for maxBatch sequences of up to `steps` steps (a
 * trainer makes a bigger tape when a longer set arrives). Every per-step matrix is stored
 * time-major with one row per example: row m = t·size + b for a batch of `size`, so the rows of
 * one step are contiguous (a B × n matrix for the step's products) and so are the rows of all
 * steps (one (T·B) × n matrix for the products that do not depend on time).
 */

/** One cell's view of the tape: its own buffers and where its layer's states live. */
export interface CellTape {
  kind: CellKind;
  H: number;
  /** blocks·H: rows of W, U and b. */
  rows: number;
  /** Values read per step (the layer input's row width). */
  nIn: number;
  /** A backward cell reads t = T−1 … 0. */
  reversed: boolean;
  /** This cell's h_t is out[m·width + column + j]. */
  column: number;
  width: number;
  out: Float64Array;
  /** ∂L/∂(layer output) from the readout or the layer above, same layout as out. */
  dOut: Float64Array;
  /** The layer's input rows (the sequence, or the layer below's out), nIn wide. */
  input: Float64Array;
  /** The layer below's dOut, where ∂L/∂input goes; null for the first layer. */
  dInput: Float64Array | null;
  /** Gate pre-activations, activated in place: rows wide. */
  gates: Float64Array;
  /** ∂L/∂z, rows wide. */
  dz: Float64Array;
  /** LSTM: c_t and tanh(c_t), H wide. */
  c: Float64Array | null;
  tanhC: Float64Array | null;
  /** GRU: r_t ⊙ h_{t−1}, H wide. */
  resetState: Float64Array | null;
}

/** Buffers one cell uses at a time, shared by all cells. */
export interface Scratch {
  /** ∂L/∂h and ∂L/∂c carried to the previous step, and the GRU's U_nᵀ δ_n: maxBatch × H. */
  carryH: Float64Array;
  carryC: Float64Array;
  resetError: Float64Array;
  /** Uᵀ (H × rows) and Wᵀ (nIn × rows) of the cell being differentiated. */
  UT: Float64Array;
  WT: Float64Array;
  /** δᵀ (rows × T·B), and a transposed input or state block (nIn or H × T·B). */
  DT: Float64Array;
  XT: Float64Array;
}

export interface BatchTape {
  maxBatch: number;
  steps: number;
  /** The sequences, inputSize wide. */
  input: Float64Array;
  layers: { width: number; out: Float64Array; dOut: Float64Array; cells: CellTape[] }[];
  scratch: Scratch;
  /** The readout r (maxBatch × readoutSize), scores and ∂L/∂scores (maxBatch × classes). */
  readout: Float64Array;
  scores: Float64Array;
  dScores: Float64Array;
}

export function createBatchTape(spec: RecurrentSpec, maxBatch: number, steps: number): BatchTape {
  const M = maxBatch * steps;
  const H = spec.hiddenSize;
  const rows = GATE_BLOCKS[spec.cell] * H;
  const width = H * (spec.bidirectional ? 2 : 1);
  const input = new Float64Array(M * spec.inputSize);
  const layers: BatchTape['layers'] = [];
  for (let l = 0; l < spec.layers; l++) {
    const out = new Float64Array(M * width);
    const dOut = new Float64Array(M * width);
    const below = layers[l - 1];
    const cells = (spec.bidirectional ? [false, true] : [false]).map((reversed): CellTape => ({
      kind: spec.cell,
      H,
      rows,
      nIn: layerInputSize(spec, l),
      reversed,
      column: reversed ? H : 0,
      width,
      out,
      dOut,
      input: below ? below.out : input,
      dInput: below ? below.dOut : null,
      gates: new Float64Array(M * rows),
      dz: new Float64Array(M * rows),
      c: spec.cell === 'lstm' ? new Float64Array(M * H) : null,
      tanhC: spec.cell === 'lstm' ? new Float64Array(M * H) : null,
      resetState: spec.cell === 'gru' ? new Float64Array(M * H) : null,
    }));
    layers.push({ width, out, dOut, cells });
  }
  const widestInput = Math.max(spec.inputSize, width, H);
  return {
    maxBatch,
    steps,
    input,
    layers,
    scratch: {
      carryH: new Float64Array(maxBatch * H),
      carryC: new Float64Array(maxBatch * H),
      resetError: new Float64Array(maxBatch * H),
      UT: new Float64Array(H * rows),
      WT: new Float64Array(widestInput * rows),
      DT: new Float64Array(rows * M),
      XT: new Float64Array(widestInput * M),
    },
    readout: new Float64Array(maxBatch * readoutSize(spec)),
    scores: new Float64Array(maxBatch * spec.classes),
    dScores: new Float64Array(maxBatch * spec.classes),
  };
}
