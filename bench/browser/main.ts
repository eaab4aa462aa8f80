import type { BenchPage, ChildMessage } from '../protocol';

/** Puts the worker's controls on window: one dedicated module Worker, one request at a time. */
let worker: Worker | null = null;

function started(): Worker {
  if (!worker) throw new Error('startWorker() first');
  return worker;
}

/** The worker's next message; there is only ever one request pending. */
function next(from: Worker): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    from.onmessage = (event: MessageEvent<ChildMessage>) => resolve(event.data);
    from.onerror = (event) => reject(new Error(`worker: ${event.message}`));
  });
}

const page: BenchPage = {
  async startWorker() {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const ready = await next(worker);
    if (ready.kind !== 'ready') throw new Error(`worker: expected ready, got ${ready.kind}`);
    return ready;
  },
  async round(request) {
    const from = started();
    const answer = next(from);
    from.postMessage(request);
    const reply = await answer;
    if (reply.kind !== 'rate') throw new Error(`worker: expected a rate, got ${reply.kind}`);
    return reply.rate;
  },
};
Object.assign(window, page);
