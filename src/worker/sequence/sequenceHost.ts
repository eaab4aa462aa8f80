import type { DigitSet } from '../../engine/dataset';
import type { CellKind, RecurrentModel } from '../../engine/recurrent/recurrentModel';
import { parseRecurrent } from '../../engine/recurrent/recurrentSerialize';
import { DigitsUnreachable } from '../../data/loadDigits';
import { readDigit } from './cellReading';
import { gradientFlow } from './flowStudy';
import { createLongMemoryRun } from './longMemoryRun';
import { scoreTestSet } from './testScore';
import { checkSequenceMessage } from './sequenceChecks';
import type { SequenceEnvironment } from './sequenceEnvironment';
import type {
  SequenceProblem,
  SequenceReply,
  SequenceRequest,
  SequenceRequestType,
} from './sequenceProtocol';

/** The hidden size of the untrained LSTM of the forget-bias study when no LSTM is loaded. */
const DEFAULT_STUDY_HIDDEN = 64;

/**
 * The sequence worker's whole behaviour, free of worker globals so it runs under Vitest: holds
 * the shipped recurrent models, reads digits with them and measures them, and trains the
 * long-memory task in time slices.
 */
export function createSequenceHost(env: SequenceEnvironment) {
  const models = new Map<CellKind, RecurrentModel>();
  let urls = { test: '', train: '' };
  let testSet: Promise<DigitSet> | null = null;
  let trainSet: Promise<DigitSet> | null = null;
  const testDigits = () => (testSet ??= env.loadDigits(urls.test));

  const refuse = (problem: SequenceProblem, requestId?: number) =>
    env.post({ type: 'error', ...problem, requestId });
  const respond = <T extends SequenceRequestType>(
    request: SequenceRequest<T>,
    reply: Omit<SequenceReply<T>, 'requestId'>,
  ) => env.post({ ...reply, requestId: request.requestId } as SequenceReply<T>);
  const dataFailure = (requestId?: number) => (error: unknown) =>
    refuse(
      error instanceof DigitsUnreachable
        ? { kind: 'data-offline' }
        : { kind: 'data', detail: String(error) },
      requestId,
    );

  const longMemory = createLongMemoryRun(
    env,
    () => (trainSet ??= env.loadDigits(urls.train)),
    (error) => {
      trainSet = null;
      dataFailure()(error);
    },
  );

  return {
    handle(message: unknown): void {
      const checked = checkSequenceMessage(message);
      if (!checked.ok) return refuse({ kind: 'input', detail: checked.detail }, checked.requestId);
      const msg = checked.message;
      switch (msg.type) {
        case 'init':
          urls = { test: msg.testUrl, train: msg.trainUrl };
          return;
        case 'load-model': {
          try {
            const { model, meta } = parseRecurrent(msg.json);
            if (model.cell !== msg.cell) {
              return refuse(
                { kind: 'model', cell: msg.cell, detail: `the file holds a ${model.cell}` },
                msg.requestId,
              );
            }
            models.set(msg.cell, model);
            return respond(msg, { type: 'model-loaded', cell: msg.cell, model, meta });
          } catch (e) {
            return refuse({ kind: 'model', cell: msg.cell, detail: String(e) }, msg.requestId);
          }
        }
        case 'read': {
          const readings = [...models].map(([cell, model]) =>
            readDigit(cell, model, msg.input, msg.label),
          );
          return respond(msg, { type: 'reading', readings });
        }
        case 'flow': {
          const lstm = models.get('lstm');
          const flow = gradientFlow(
            msg.study,
            msg.input,
            msg.label,
            models.get('rnn'),
            lstm?.hiddenSize ?? DEFAULT_STUDY_HIDDEN,
          );
          if (!flow) return refuse({ kind: 'not-loaded', cell: 'rnn' }, msg.requestId);
          return respond(msg, { type: 'flow', ...flow });
        }
        case 'evaluate': {
          const model = models.get(msg.cell);
          if (!model) return refuse({ kind: 'not-loaded', cell: msg.cell }, msg.requestId);
          testDigits()
            .then((set) => scoreTestSet(env, model, set))
            .then(({ accuracy, count }) =>
              respond(msg, { type: 'evaluated', cell: msg.cell, accuracy, count }),
            )
            .catch(dataFailure(msg.requestId));
          return;
        }
        case 'long-memory':
          return msg.run ? longMemory.start(msg.runId, msg.settings) : longMemory.stop();
      }
    },
  };
}
