/// <reference lib="webworker" />
/** The sequence worker's entry: a thin adapter from worker messaging to the sequence host. */
import { loadDigits } from '../../data/loadDigits';
import { createSequenceHost } from './sequenceHost';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel round trip yields to queued messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const deferred: (() => void)[] = [];
channel.port1.onmessage = () => deferred.shift()?.();

const host = createSequenceHost({
  post: (message) => self.postMessage(message),
  defer: (fn) => {
    deferred.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
  loadDigits: (url) => loadDigits(url, () => {}),
});

self.onmessage = (event: MessageEvent<unknown>) => host.handle(event.data);
