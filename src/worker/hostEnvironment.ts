import type { DigitSet } from '../engine/dataset';
import type { FromWorker } from './protocol';

/** What the engine host needs of its surroundings: a worker in the app, plain calls in tests. */
export interface HostEnvironment {
  post(message: FromWorker, transfer?: ArrayBuffer[]): void;
  /** Runs fn after pending messages have been handled (a zero-delay macrotask). */
  defer(fn: () => void): void;
  now(): number;
  loadDigits(url: string, onProgress: (loaded: number, total: number) => void): Promise<DigitSet>;
}
