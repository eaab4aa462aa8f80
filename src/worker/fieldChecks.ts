/**
 * Checks of single fields of a message, each returning why the value is unusable (English, a
 * technical detail for the page to show apart) or null. A field is named by its path, and a
 * value is echoed only when it is a number, so nothing a message carries reaches the page raw.
 */
import { LIMITS } from '../config';
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../engine/activations';
import { COSTS } from '../engine/costs';
import {
  INPUT_SIZE,
  MAX_LAYERS,
  MAX_LAYER_SIZE,
  OUTPUT_SIZE,
  layerSizesProblem,
} from '../engine/modelShape';
import { INITIALISATIONS } from '../engine/network';

export type Problem = string | null;
export type Fields = Record<string, unknown>;

interface Range {
  readonly min: number;
  readonly max: number;
}

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const found = (value: unknown) =>
  typeof value === 'number'
    ? `found ${value}`
    : `found a ${value === null ? 'null' : typeof value}`;

export function integerIn(value: unknown, field: string, { min, max }: Range): Problem {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? null
    : `"${field}" must be a whole number from ${min} to ${max}; ${found(value)}`;
}

export function numberIn(value: unknown, field: string, { min, max }: Range): Problem {
  return typeof value === 'number' && value >= min && value <= max
    ? null
    : `"${field}" must be a number from ${min} to ${max}; ${found(value)}`;
}

function oneOf(value: unknown, field: string, allowed: readonly string[]): Problem {
  return typeof value === 'string' && allowed.includes(value)
    ? null
    : `"${field}" must be one of ${allowed.join(', ')}`;
}

export function text(value: unknown, field: string, maxLength: number): Problem {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength
    ? null
    : `"${field}" must be a text of 1 to ${maxLength} characters`;
}

export function boolean(value: unknown, field: string): Problem {
  return typeof value === 'boolean' ? null : `"${field}" must be true or false`;
}

/** A digit as the network reads it: 784 pixel activations from 0 to 1. */
export function input(value: unknown, field: string): Problem {
  if (!(value instanceof Float64Array) || value.length !== INPUT_SIZE) {
    const length = value instanceof Float64Array ? `found ${value.length}` : found(value);
    return `"${field}" must be ${INPUT_SIZE} numbers (a Float64Array); ${length}`;
  }
  const bad = value.findIndex((x) => !(x >= 0 && x <= 1));
  return bad < 0 ? null : `"${field}[${bad}]" must be a number from 0 to 1; found ${value[bad]}`;
}

export const label = (value: unknown, field: string): Problem =>
  integerIn(value, field, { min: 0, max: OUTPUT_SIZE - 1 });

/** Labelled digits: as many labels as inputs, at most `max` of each. */
export function examples(value: unknown, field: string, max: number): Problem {
  if (!isFields(value) || !Array.isArray(value.inputs) || !Array.isArray(value.labels)) {
    return `"${field}" must hold "inputs" and "labels" lists`;
  }
  const { inputs, labels } = value;
  if (inputs.length !== labels.length || inputs.length > max) {
    return `"${field}" must hold as many labels as inputs, at most ${max}; found ${inputs.length} inputs and ${labels.length} labels`;
  }
  for (let i = 0; i < inputs.length; i++) {
    const problem =
      input(inputs[i], `${field}.inputs[${i}]`) ?? label(labels[i], `${field}.labels[${i}]`);
    if (problem) return problem;
  }
  return null;
}

/** Hyper-parameters within the bounds the page offers (config.ts LIMITS). */
export function hyperParams(value: unknown, field: string): Problem {
  if (!isFields(value)) return `"${field}" must hold the hyper-parameters`;
  return (
    numberIn(value.learningRate, `${field}.learningRate`, LIMITS.learningRate) ??
    integerIn(value.batchSize, `${field}.batchSize`, LIMITS.batchSize) ??
    integerIn(value.seed, `${field}.seed`, LIMITS.seed) ??
    oneOf(value.init, `${field}.init`, INITIALISATIONS)
  );
}

/** A network the page can show: modelShape's sizes, and activations and cost it knows. */
export function networkSpec(value: unknown, field: string): Problem {
  if (!isFields(value)) return `"${field}" must describe a network`;
  return (
    layerSizesProblem(value.sizes, `${field}.sizes`) ??
    oneOf(value.hidden, `${field}.hidden`, HIDDEN_ACTIVATIONS) ??
    oneOf(value.output, `${field}.output`, OUTPUT_ACTIVATIONS) ??
    oneOf(value.cost, `${field}.cost`, COSTS)
  );
}

/** A weight w_jk of some layer; whether the network has it is the engine's own check. */
export function weightRef(value: unknown, field: string): Problem {
  if (!isFields(value)) return `"${field}" must name a weight by layer, j and k`;
  const neuron = { min: 0, max: MAX_LAYER_SIZE - 1 };
  return (
    integerIn(value.layer, `${field}.layer`, { min: 1, max: MAX_LAYERS - 1 }) ??
    integerIn(value.j, `${field}.j`, neuron) ??
    integerIn(value.k, `${field}.k`, neuron)
  );
}
