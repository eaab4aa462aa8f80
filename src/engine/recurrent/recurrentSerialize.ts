import type { ModelMeta } from '../serialize';
import { MAX_MODEL_CHARS, ModelFormatError } from '../serialize';
import type { CellKind, CellParameters, RecurrentModel, RecurrentSpec } from './recurrentModel';
import { CELL_KINDS, GATE_BLOCKS, layerInputSize, readoutSize } from './recurrentModel';

export const RECURRENT_MODEL_FORMAT = 'deltascope-recurrent';
export const RECURRENT_MODEL_VERSION = 1;

/**
 * Sizes a file may declare. Wide enough for any recurrent net the course draws or trains in a
 * browser; a file beyond them is not one of ours, and its arrays would only stall the worker.
 */
export const RECURRENT_SIZE_LIMITS = {
  inputSize: { min: 1, max: 1024 },
  hiddenSize: { min: 1, max: 512 },
  layers: { min: 1, max: 4 },
  classes: { min: 2, max: 1000 },
} as const;

/** One cell's parameters as the file stores them. */
export interface CellFile {
  W: number[];
  U: number[];
  b: number[];
}

export interface RecurrentModelFile extends RecurrentSpec {
  format: typeof RECURRENT_MODEL_FORMAT;
  version: number;
  forward: CellFile[];
  backward: CellFile[];
  V: number[];
  c: number[];
  meta?: ModelMeta;
}

const cellFile = (cell: CellParameters): CellFile => ({
  W: Array.from(cell.W),
  U: Array.from(cell.U),
  b: Array.from(cell.b),
});

/** JSON of the model. Numbers print in shortest round-trip form, so loading is bit-exact. */
export function serializeRecurrent(model: RecurrentModel, meta?: ModelMeta): string {
  const file: RecurrentModelFile = {
    format: RECURRENT_MODEL_FORMAT,
    version: RECURRENT_MODEL_VERSION,
    cell: model.cell,
    inputSize: model.inputSize,
    hiddenSize: model.hiddenSize,
    layers: model.layers,
    bidirectional: model.bidirectional,
    classes: model.classes,
    forward: model.forward.map(cellFile),
    backward: model.backward.map(cellFile),
    V: Array.from(model.V),
    c: Array.from(model.c),
    ...(meta ? { meta } : {}),
  };
  return JSON.stringify(file);
}

function fail(message: string): never {
  throw new ModelFormatError(message);
}

/** A short, printable rendering of whatever a file held where something else was expected. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  // JSON reads 1e999 as Infinity, which JSON.stringify would print as null.
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function wholeNumber(value: unknown, field: keyof typeof RECURRENT_SIZE_LIMITS): number {
  const { min, max } = RECURRENT_SIZE_LIMITS[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    fail(`"${field}" must be a whole number from ${min} to ${max}; found ${shown(value)}`);
  return value;
}

function finiteArray(value: unknown, length: number, field: string, shape: string): Float64Array {
  if (!Array.isArray(value))
    fail(`"${field}" must be an array of ${length} numbers (${shape}); found ${shown(value)}`);
  if (value.length !== length)
    fail(`"${field}" must hold ${length} numbers (${shape}); found ${value.length}`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(`"${field}[${i}]" must be a finite number; found ${shown(v)}`);
    out[i] = v;
  }
  return out;
}

/** Reads the cells of one reading direction, checking each array against the spec. */
function readCells(value: unknown, spec: RecurrentSpec, field: string): CellParameters[] {
  if (!Array.isArray(value) || value.length !== spec.layers)
    fail(`"${field}" must hold one cell per layer (${spec.layers}); found ${shown(value)}`);
  const blocks = GATE_BLOCKS[spec.cell];
  const H = spec.hiddenSize;
  const rows = `${blocks} gate block${blocks > 1 ? 's' : ''} × ${H} hidden`;
  return value.map((raw: unknown, l) => {
    const at = `${field}[${l}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      fail(`"${at}" must be an object with W, U and b; found ${shown(raw)}`);
    const cell = raw as Record<string, unknown>;
    const nIn = layerInputSize(spec, l);
    return {
      W: finiteArray(cell.W, blocks * H * nIn, `${at}.W`, `${rows} × ${nIn} inputs`),
      U: finiteArray(cell.U, blocks * H * H, `${at}.U`, `${rows} × ${H} hidden`),
      b: finiteArray(cell.b, blocks * H, `${at}.b`, rows),
    };
  });
}

/** Parses and validates a recurrent model file; throws ModelFormatError saying what is wrong. */
export function parseRecurrent(text: string): { model: RecurrentModel; meta: ModelMeta } {
  if (text.length > MAX_MODEL_CHARS)
    fail(`the file is too large (${text.length} characters; at most ${MAX_MODEL_CHARS})`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail('the file is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail('the file is not a model');
  const file = raw as Record<string, unknown>;
  if (file.format !== RECURRENT_MODEL_FORMAT)
    fail(`"format" must be "${RECURRENT_MODEL_FORMAT}"; found ${shown(file.format)}`);
  if (file.version !== RECURRENT_MODEL_VERSION)
    fail(`"version" must be ${RECURRENT_MODEL_VERSION}; found ${shown(file.version)}`);
  if (!(CELL_KINDS as readonly unknown[]).includes(file.cell))
    fail(`"cell" must be one of ${CELL_KINDS.join(', ')}; found ${shown(file.cell)}`);
  if (typeof file.bidirectional !== 'boolean')
    fail(`"bidirectional" must be true or false; found ${shown(file.bidirectional)}`);
  const spec: RecurrentSpec = {
    cell: file.cell as CellKind,
    inputSize: wholeNumber(file.inputSize, 'inputSize'),
    hiddenSize: wholeNumber(file.hiddenSize, 'hiddenSize'),
    layers: wholeNumber(file.layers, 'layers'),
    bidirectional: file.bidirectional,
    classes: wholeNumber(file.classes, 'classes'),
  };
  const forward = readCells(file.forward, spec, 'forward');
  let backward: CellParameters[] = [];
  if (spec.bidirectional) backward = readCells(file.backward, spec, 'backward');
  else if (!Array.isArray(file.backward) || file.backward.length > 0)
    fail(
      `"backward" must be empty ([]) when "bidirectional" is false; found ${shown(file.backward)}`,
    );
  const readout = readoutSize(spec);
  const model: RecurrentModel = {
    ...spec,
    forward,
    backward,
    V: finiteArray(file.V, spec.classes * readout, 'V', `${spec.classes} classes × ${readout}`),
    c: finiteArray(file.c, spec.classes, 'c', `one per class`),
  };
  return { model, meta: readMeta(file.meta) };
}

/** The file's string, number and boolean facts; anything else is dropped, as parseNetwork does. */
function readMeta(raw: unknown): ModelMeta {
  const meta: ModelMeta = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return meta;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'number' && !Number.isFinite(value))
      fail(`every number in "meta" must be finite; ${shown(key)} is not`);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      meta[key] = value;
  }
  return meta;
}
