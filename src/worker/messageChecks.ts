import type { Fields, Problem } from './fieldChecks';
import { isFields } from './fieldChecks';

export type CheckedMessage<M> =
  | { ok: true; message: M }
  /** Why the message was refused, and the request to answer with that, when it is one. */
  | { ok: false; detail: string; requestId?: number };

const isRequestId = (id: unknown): id is number => Number.isSafeInteger(id) && (id as number) > 0;

/**
 * Checks a message from the page before anything acts on it, for either worker: its type, a
 * request's id, and every field by that type's checks. A refused message changes nothing.
 */
export function checkMessageWith<M extends { type: string }>(
  data: unknown,
  checks: { [T in M['type']]: (m: Fields) => Problem },
  replyTypes: object,
  unknownMessage: string,
): CheckedMessage<M> {
  if (!isFields(data) || typeof data.type !== 'string' || !Object.hasOwn(checks, data.type)) {
    return { ok: false, detail: unknownMessage };
  }
  const type = data.type as M['type'];
  const answered = Object.hasOwn(replyTypes, type);
  if (answered && !isRequestId(data.requestId)) {
    return { ok: false, detail: `Refused "${type}": it needs a positive whole "requestId".` };
  }
  const problem = checks[type](data);
  if (problem) {
    const requestId = answered ? (data.requestId as number) : undefined;
    return { ok: false, detail: `Refused "${type}": ${problem}.`, requestId };
  }
  return { ok: true, message: data as unknown as M };
}
