import type { DigitSet } from '../engine/dataset';
import { createEngineHost } from './engineHost';
import type { DataSetName, FromWorker } from './protocol';

/**
 * For tests: an engine host wired to in-memory digit sets, its messages collected in an inbox.
 * Deferred work (training slices) runs only when the test says so; `now` may be a fake clock.
 */
export function hostHarness(
  sets: Record<DataSetName, DigitSet>,
  now: () => number = () => performance.now(),
) {
  const inbox: FromWorker[] = [];
  const queue: (() => void)[] = [];
  const host = createEngineHost({
    post: (m) => inbox.push(m),
    defer: (fn) => queue.push(fn),
    now,
    loadDigits: (url) => Promise.resolve(url === 'test' ? sets.test : sets.train),
  });
  host.handle({ type: 'init', testUrl: 'test', trainUrl: 'train' });
  const of = <T extends FromWorker['type']>(type: T) =>
    inbox.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const ack = () => host.handle({ type: 'snapshot-ack' });
  /** Runs up to `max` deferred slices, the page acknowledging every snapshot before each. */
  const runSlices = (max: number) => {
    for (let i = 0; i < max && queue.length; i++) {
      ack();
      queue.shift()?.();
    }
  };
  /** Runs deferred work until none is left (scoring slices); training must be paused. */
  const drain = async () => {
    await settle();
    while (queue.length) {
      queue.shift()?.();
      await settle();
    }
  };
  return { host, inbox, queue, of, settle, ack, runSlices, drain };
}
