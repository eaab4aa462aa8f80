import type { AppStore } from '../store/appStore';
import type {
  FromSequenceWorker,
  SequenceProblem,
  SequenceReply,
  SequenceRequest,
  SequenceRequestType,
  ToSequenceWorker,
} from '../worker/sequence/sequenceProtocol';
import { SEQUENCE_REPLY_TYPES } from '../worker/sequence/sequenceProtocol';
import type { Said } from './engineError';
import { EngineError } from './engineError';
import { createPendingRequests } from './pendingRequests';

/** What the page says about a problem the sequence worker reports. */
export function saySequenceProblem(problem: SequenceProblem): Said {
  switch (problem.kind) {
    case 'model':
      return { say: (m) => m.sequence.problem.model(problem.cell), detail: problem.detail };
    case 'data':
      return { say: (m) => m.sequence.problem.data, detail: problem.detail };
    case 'data-offline':
      return { say: (m) => m.sequence.problem.dataOffline };
    case 'not-loaded':
      return { say: (m) => m.sequence.problem.notLoaded(problem.cell) };
    case 'input':
      return { say: (m) => m.system.engineError.input, detail: problem.detail };
  }
}

/**
 * The page's side of the sequence worker: requests with promises typed by their replies, and
 * the long-memory run's progress into the store. A worker that fails is reported, not retried:
 * nothing on this page is lost with it, and reopening the page starts a new one.
 */
export function createSequenceBridge(store: AppStore, worker: Worker) {
  const pending = createPendingRequests<FromSequenceWorker>();

  const send = (message: ToSequenceWorker) => worker.postMessage(message);

  function request<T extends SequenceRequestType>(
    type: T,
    fields: Omit<SequenceRequest<T>, 'type' | 'requestId'>,
  ): Promise<SequenceReply<T>> {
    const { requestId, reply } = pending.open<SequenceReply<T>>(SEQUENCE_REPLY_TYPES[type]);
    send({ ...fields, type, requestId } as SequenceRequest<T>);
    return reply;
  }

  function settle(message: FromSequenceWorker, refused: Said | null): void {
    const said = pending.settle(
      message,
      'requestId' in message ? message.requestId : undefined,
      refused,
    );
    if (said) store.getState().notify('error', said.say, said.detail);
  }

  worker.onmessage = (event: MessageEvent<FromSequenceWorker>) => {
    const message = event.data;
    if (message.type === 'long-memory')
      return store.getState().addLongMemoryProgress(message.progress);
    if (message.type === 'error') {
      const said = saySequenceProblem(message);
      // A refused request is told to its caller; anything else (the long-memory run's digits
      // failing to load, a refused start) to the user, and no run goes on.
      if (message.requestId === undefined) {
        store.getState().notify('error', said.say, said.detail);
        store.getState().longMemoryFailed();
      }
      return settle(message, said);
    }
    settle(message, null);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    store.getState().notify('error', (m) => m.sequence.problem.crashed, event.message);
    pending.rejectAll(() => new EngineError({ say: (m) => m.sequence.problem.crashed }));
    store.getState().longMemoryFailed();
  };

  return { send, request };
}

export type SequenceBridge = ReturnType<typeof createSequenceBridge>;
