import type { Said } from './engineError';
import { EngineError, wrongReply } from './engineError';

interface Waiter<M> {
  expects: string;
  resolve(value: M): void;
  reject(error: EngineError): void;
}

/**
 * A worker's requests awaiting their replies (Comlink's idea as data): each resolves with exactly
 * the message type its request promises, or is rejected with what refused it. Shared by the
 * engine's and the sequence page's bridges.
 */
export function createPendingRequests<M extends { type: string }>() {
  const waiting = new Map<number, Waiter<M>>();
  let nextId = 1;
  return {
    /** A new request id and the promise its reply settles. */
    open<R extends M>(expects: M['type']): { requestId: number; reply: Promise<R> } {
      const requestId = nextId++;
      const reply = new Promise<R>((resolve, reject) => {
        // settle() resolves with a message of exactly this type, so the narrowing holds.
        waiting.set(requestId, { expects, resolve: resolve as (value: M) => void, reject });
      });
      return { requestId, reply };
    },
    /**
     * Answers the request `message` replies to, if any: `refused` says why an error refused it.
     * Returns what to tell the user when the answer has the wrong type (then also the error).
     */
    settle(message: M, requestId: number | undefined, refused: Said | null): Said | null {
      const waiter = requestId === undefined ? undefined : waiting.get(requestId);
      if (!waiter || requestId === undefined) return null;
      waiting.delete(requestId);
      if (refused) {
        waiter.reject(new EngineError(refused));
        return null;
      }
      if (message.type === waiter.expects) {
        waiter.resolve(message);
        return null;
      }
      const said = wrongReply(waiter.expects, message.type);
      waiter.reject(new EngineError(said));
      return said;
    },
    /** Rejects every waiting request (the worker is gone). */
    rejectAll(error: () => EngineError): void {
      for (const waiter of waiting.values()) waiter.reject(error());
      waiting.clear();
    },
  };
}
