import { LIMITS } from '../config';
import { MAX_SURFACE_POINTS } from '../engine/costSurface';
import type { Fields, Problem } from './fieldChecks';
import {
  boolean,
  examples,
  hyperParams,
  input,
  integerIn,
  label,
  networkSpec,
  numberIn,
  text,
  weightRef,
} from './fieldChecks';
import { checkMessageWith } from './messageChecks';
import type { ToWorker } from './protocol';
import { REPLY_TYPES } from './protocol';
import { MAX_POINTS as MAX_HISTORY_POINTS } from './runHistory';

/** A correction is a few steps on one digit; more would only erase what the network knows. */
const MAX_CORRECTION_STEPS = 100;
/** Each traced example carries its whole gradient (13,002 numbers for 3Blue1Brown's network). */
const MAX_TRACED_BATCH = 100;
/** How far a cost surface reaches from the current weights, each way. */
const MAX_SURFACE_SPAN = 100;
/** points² × digits, so a surface is answered within seconds (the page asks for 25² × 200). */
const MAX_SURFACE_WORK = 250_000;
const MAX_URL_CHARS = 2048;

/** Two weights, a span and a grid small enough to answer within seconds. */
function costSurfaceProblem(m: Fields): Problem {
  const { weights, span, points, sampleSize } = m;
  if (!Array.isArray(weights) || weights.length !== 2) return '"weights" must name two weights';
  const problem =
    weightRef(weights[0], 'weights[0]') ??
    weightRef(weights[1], 'weights[1]') ??
    (typeof span === 'number' && span > 0 && span <= MAX_SURFACE_SPAN
      ? null
      : `"span" must be a number above 0 and at most ${MAX_SURFACE_SPAN}`) ??
    integerIn(points, 'points', { min: 3, max: MAX_SURFACE_POINTS }) ??
    integerIn(sampleSize, 'sampleSize', { min: 1, max: MAX_SURFACE_WORK });
  if (problem) return problem;
  const work = (points as number) ** 2 * (sampleSize as number);
  return work <= MAX_SURFACE_WORK
    ? null
    : `points² × sampleSize must be at most ${MAX_SURFACE_WORK}; found ${work}`;
}

/** Every message type's checks: a new type without them does not compile. */
const CHECKS: { [T in ToWorker['type']]: (m: Fields) => Problem } = {
  init: (m) =>
    text(m.testUrl, 'testUrl', MAX_URL_CHARS) ?? text(m.trainUrl, 'trainUrl', MAX_URL_CHARS),
  // The file itself is checked as it is parsed (serialize.ts), which names what is wrong in it.
  'load-model': (m) => (typeof m.json === 'string' ? null : '"json" must be a text'),
  'save-model': () => null,
  reset: (m) => networkSpec(m.spec, 'spec') ?? hyperParams(m.params, 'params'),
  lesson: (m) =>
    input(m.input, 'input') ??
    label(m.label, 'label') ??
    numberIn(m.learningRate, 'learningRate', LIMITS.learningRate) ??
    examples(m.batch, 'batch', MAX_TRACED_BATCH),
  'cost-surface': costSurfaceProblem,
  'set-input': (m) =>
    m.input === null
      ? m.label === null
        ? null
        : '"label" must be null when there is no input'
      : (input(m.input, 'input') ?? (m.label === null ? null : label(m.label, 'label'))),
  'set-params': (m) => hyperParams(m.params, 'params'),
  train: (m) =>
    boolean(m.run, 'run') ??
    (m.epochs === undefined ? null : integerIn(m.epochs, 'epochs', LIMITS.epochs)),
  'train-step': () => null,
  correct: (m) =>
    input(m.input, 'input') ??
    label(m.label, 'label') ??
    integerIn(m.steps, 'steps', { min: 1, max: MAX_CORRECTION_STEPS }),
  'undo-correct': () => null,
  'restore-point': (m) => integerIn(m.index, 'index', { min: 0, max: MAX_HISTORY_POINTS - 1 }),
  'snapshot-ack': () => null,
  ping: () => null,
};

/**
 * Checks a message from the page before anything acts on it: its type, and every field's
 * type, size, range and finiteness. A refused message changes nothing in the worker.
 */
export const checkMessage = (data: unknown) =>
  checkMessageWith<ToWorker>(
    data,
    CHECKS,
    REPLY_TYPES,
    'The engine received a message it does not know.',
  );
