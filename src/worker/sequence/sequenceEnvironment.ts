import type { DigitSet } from '../../engine/dataset';
import type { FromSequenceWorker } from './sequenceProtocol';

/** What the sequence host needs of its surroundings: a worker in the app, plain calls in tests. */
export interface SequenceEnvironment {
  post(message: FromSequenceWorker): void;
  /** Runs fn after pending messages have been handled. */
  defer(fn: () => void): void;
  now(): number;
  loadDigits(url: string): Promise<DigitSet>;
}
