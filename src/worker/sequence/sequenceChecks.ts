import { CELL_KINDS } from '../../engine/recurrent/recurrentModel';
import type { Fields, Problem } from '../fieldChecks';
import { boolean, input, integerIn, isFields, label, numberIn, text } from '../fieldChecks';
import { checkMessageWith } from '../messageChecks';
import { LONG_MEMORY_DELAY } from '../../engine/recurrent/longMemory';
import type { ToSequenceWorker } from './sequenceProtocol';
import { SEQUENCE_REPLY_TYPES } from './sequenceProtocol';

const MAX_URL_CHARS = 2048;
/** The scale study's reach: from far below vanishing to far past exploding. */
const MAX_SCALE = 10;
/** Forget-gate biases worth studying: from closed (−5) to always open (5). */
const FORGET_BIAS_RANGE = { min: -5, max: 5 };

function oneOf(value: unknown, field: string, allowed: readonly string[]): Problem {
  return typeof value === 'string' && allowed.includes(value)
    ? null
    : `"${field}" must be one of ${allowed.join(', ')}`;
}

const optionalLabel = (value: unknown): Problem => (value === null ? null : label(value, 'label'));

function studyProblem(study: unknown): Problem {
  if (!isFields(study)) return '"study" must be an object';
  if (study.kind === 'scaled-rnn')
    return numberIn(study.scale, 'study.scale', { min: 0, max: MAX_SCALE });
  if (study.kind === 'forget-bias')
    return (
      numberIn(study.forgetBias, 'study.forgetBias', FORGET_BIAS_RANGE) ??
      integerIn(study.seed, 'study.seed', { min: 0, max: 2 ** 31 - 1 })
    );
  return '"study.kind" must be scaled-rnn or forget-bias';
}

const FILLERS = ['blank', 'noise'] as const;

function settingsProblem(settings: unknown): Problem {
  if (!isFields(settings)) return '"settings" must be an object';
  return (
    oneOf(settings.cell, 'settings.cell', CELL_KINDS) ??
    integerIn(settings.delay, 'settings.delay', LONG_MEMORY_DELAY) ??
    oneOf(settings.filler, 'settings.filler', FILLERS) ??
    numberIn(settings.forgetBias, 'settings.forgetBias', FORGET_BIAS_RANGE)
  );
}

/** Every message type's checks: a new type without them does not compile. */
const CHECKS: { [T in ToSequenceWorker['type']]: (m: Fields) => Problem } = {
  init: (m) =>
    text(m.testUrl, 'testUrl', MAX_URL_CHARS) ?? text(m.trainUrl, 'trainUrl', MAX_URL_CHARS),
  // The file itself is checked as it is parsed (recurrentSerialize.ts).
  'load-model': (m) =>
    oneOf(m.cell, 'cell', CELL_KINDS) ??
    (typeof m.json === 'string' ? null : '"json" must be a text'),
  read: (m) => input(m.input, 'input') ?? optionalLabel(m.label),
  flow: (m) => input(m.input, 'input') ?? optionalLabel(m.label) ?? studyProblem(m.study),
  evaluate: (m) => oneOf(m.cell, 'cell', CELL_KINDS),
  'long-memory': (m) =>
    boolean(m.run, 'run') ??
    (m.run === true
      ? (integerIn(m.runId, 'runId', { min: 1, max: Number.MAX_SAFE_INTEGER }) ??
        settingsProblem(m.settings))
      : null),
};

/** Checks a message from the page before anything acts on it; a refused one changes nothing. */
export const checkSequenceMessage = (data: unknown) =>
  checkMessageWith<ToSequenceWorker>(
    data,
    CHECKS,
    SEQUENCE_REPLY_TYPES,
    'The sequence worker received a message it does not know.',
  );
