/// <reference lib="webworker" />
/** The worker entry: a thin adapter from worker messaging to the engine host. */
import { loadDigits } from '../data/loadDigits';
import { createEngineHost } from './engineHost';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel round trip yields to queued messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const deferred: (() => void)[] = [];
channel.port1.onmessage = () => deferred.shift()?.();

const host = createEngineHost({
  post: (message, transfer = []) => self.postMessage(message, transfer),
  defer: (fn) => {
    deferred.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
  loadDigits,
});

self.onmessage = (event: MessageEvent<unknown>) => host.handle(event.data);
