import type { Say } from '../i18n/catalogue';
import { messagesFor } from '../i18n/catalogue';
import type { EngineProblem } from '../worker/protocol';

/**
 * A problem as the page shows it: a sentence said in the current language, and the engine's or
 * an exception's own words (English, technical), shown apart, when there are any.
 */
export interface Said {
  say: Say;
  detail?: string;
}

/** What the page says about a problem the engine reports. */
export function sayEngineProblem(problem: EngineProblem): Said {
  switch (problem.kind) {
    case 'diverged':
      return { say: (m) => m.system.engineError.diverged(problem.learningRate, problem.cost) };
    case 'model':
      return { say: (m) => m.system.engineError.model, detail: problem.detail };
    case 'model-not-finite':
      return { say: (m) => m.system.engineError.modelNotFinite };
    case 'data':
      return { say: (m) => m.system.engineError.data(problem.set), detail: problem.detail };
    case 'data-offline':
      return { say: (m) => m.system.engineError.dataOffline(problem.set) };
    case 'busy':
      return { say: (m) => m.system.engineError.busy };
    case 'input':
      return { say: (m) => m.system.engineError.input, detail: problem.detail };
  }
}

/**
 * An answer whose type is not the one its request promises. The types named are the
 * protocol's own words; anything else a broken worker might send is not repeated.
 */
export function wrongReply(expected: string, received: unknown): Said {
  const named = typeof received === 'string' && /^[a-z-]{1,20}$/.test(received);
  return {
    say: (m) => m.system.engineWrongReply,
    detail: `Expected a "${expected}" reply, received ${named ? `"${received}"` : 'an unknown message'}.`,
  };
}

/** A request the engine refused or could not answer; its message is the English text. */
export class EngineError extends Error {
  constructor(readonly said: Said) {
    super([said.say(messagesFor('en')), said.detail].filter(Boolean).join(' '));
    this.name = 'EngineError';
  }
}

/** What to say about a failed engine request, whatever it was rejected with. */
export function saidOfFailure(error: unknown): Said {
  if (error instanceof EngineError) return error.said;
  return { say: (m) => m.system.engineError.input, detail: String(error) };
}
