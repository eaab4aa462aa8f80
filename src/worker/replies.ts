import { DigitsUnreachable } from '../data/loadDigits';
import type { HostEnvironment } from './hostEnvironment';
import type { DataSetName, EngineProblem, Reply, Request, RequestType } from './protocol';

/**
 * How the worker answers: a request with the one message type its type promises (protocol's
 * REPLY_TYPES, checked by the compiler here and by the page on arrival), or with a problem.
 */
export function createReplies(env: HostEnvironment) {
  function refuse(problem: EngineProblem, requestId?: number): void {
    env.post({ type: 'error', ...problem, requestId });
  }

  return {
    respond<T extends RequestType>(
      request: Request<T>,
      reply: Omit<Reply<T>, 'requestId'>,
      transfer?: ArrayBuffer[],
    ): void {
      env.post({ ...reply, requestId: request.requestId } as Reply<T>, transfer);
    },
    refuse,
    /** Reports a data set that could not be loaded (or a job on it that threw). */
    dataFailure:
      (set: DataSetName, requestId?: number) =>
      (error: unknown): void =>
        refuse(
          error instanceof DigitsUnreachable
            ? { kind: 'data-offline', set }
            : { kind: 'data', set, detail: String(error) },
          requestId,
        ),
  };
}

export type Replies = ReturnType<typeof createReplies>;
