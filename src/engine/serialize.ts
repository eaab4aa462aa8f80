import { LIMITS } from '../config';
import type { HiddenActivation, OutputActivation } from './activations';
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './activations';
import type { CostName } from './costs';
import { COSTS } from './costs';
import { layerSizesProblem } from './modelShape';
import type { Network } from './network';

export const MODEL_FORMAT = 'deltascope-model';
export const MODEL_VERSION = 1;
/**
 * The largest network the page builds (784-128-128-128-10) saves to about 3 MB; a file several
 * times that is not a model, and parsing it would only stall the worker.
 */
export const MAX_MODEL_CHARS = 16 * 1024 * 1024;

/** Free-form facts about how a model was made (accuracy, seed, schedule). */
export type ModelMeta = Record<string, string | number | boolean>;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  sizes: number[];
  hidden: HiddenActivation;
  output: OutputActivation;
  cost: CostName;
  weights: number[][];
  biases: number[][];
  meta?: ModelMeta;
}

/** A model file that cannot be used, with a message fit to show the user. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

/** JSON of the network. Numbers print in shortest round-trip form, so loading is bit-exact. */
export function serializeNetwork(net: Network, meta?: ModelMeta): string {
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    sizes: net.sizes,
    hidden: net.hidden,
    output: net.output,
    cost: net.cost,
    weights: net.weights.map((w) => Array.from(w)),
    biases: net.biases.map((b) => Array.from(b)),
    ...(meta ? { meta } : {}),
  };
  return JSON.stringify(file);
}

function fail(message: string): never {
  throw new ModelFormatError(message);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  return fail(`"${field}" must be one of ${allowed.join(', ')}; found ${JSON.stringify(value)}`);
}

function finiteArray(value: unknown, length: number, field: string): Float64Array {
  if (!Array.isArray(value)) fail(`"${field}" must be an array of ${length} numbers`);
  if (value.length !== length)
    fail(`"${field}" must hold ${length} numbers; found ${value.length}`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(`"${field}[${i}]" must be a finite number; found ${JSON.stringify(v)}`);
    }
    out[i] = v;
  }
  return out;
}

/** Parses and validates a model file; throws ModelFormatError saying what is wrong. */
export function parseNetwork(text: string): { net: Network; meta: ModelMeta } {
  if (text.length > MAX_MODEL_CHARS) fail(`the file is too large (${text.length} characters)`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail('the file is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail('the file is not a model');
  const file = raw as Record<string, unknown>;
  if (file.format !== MODEL_FORMAT) fail(`"format" must be "${MODEL_FORMAT}"`);
  if (file.version !== MODEL_VERSION)
    fail(`unsupported model version ${JSON.stringify(file.version)}`);
  // Only networks the page can show and train: 784 in, 10 out, hidden layers within LIMITS.
  const shapeProblem = layerSizesProblem(file.sizes, 'sizes');
  if (shapeProblem) fail(shapeProblem);
  const layers = file.sizes as number[];
  const hidden = oneOf(file.hidden, HIDDEN_ACTIVATIONS, 'hidden');
  const output = oneOf(file.output, OUTPUT_ACTIVATIONS, 'output');
  const cost = oneOf(file.cost, COSTS, 'cost');
  const { weights, biases } = file;
  if (!Array.isArray(weights) || weights.length !== layers.length - 1) {
    fail(`"weights" must hold ${layers.length - 1} layers`);
  }
  if (!Array.isArray(biases) || biases.length !== layers.length - 1) {
    fail(`"biases" must hold ${layers.length - 1} layers`);
  }
  const net: Network = {
    sizes: [...layers],
    hidden,
    output,
    cost,
    weights: weights.map((w: unknown, l) =>
      finiteArray(w, layers[l] * layers[l + 1], `weights[${l}]`),
    ),
    biases: biases.map((b: unknown, l) => finiteArray(b, layers[l + 1], `biases[${l}]`)),
  };
  return { net, meta: readMeta(file.meta) };
}

/**
 * The file's string, number and boolean facts; anything else is dropped. A number must be
 * finite (JSON's 1e999 reads as Infinity), and the seed the page names a network by must be
 * one it could have been built with.
 */
function readMeta(raw: unknown): ModelMeta {
  const meta: ModelMeta = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return meta;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      fail(`every number in "meta" must be finite; ${JSON.stringify(key.slice(0, 40))} is not`);
    }
    if (['string', 'number', 'boolean'].includes(typeof value)) {
      meta[key] = value as string | number | boolean;
    }
  }
  const seed = meta.randomSeed;
  const { min, max } = LIMITS.seed;
  if (
    seed !== undefined &&
    !(typeof seed === 'number' && Number.isInteger(seed) && seed >= min && seed <= max)
  ) {
    fail(`"meta.randomSeed" must be a whole number from ${min} to ${max}`);
  }
  return meta;
}
