import type { BenchPage, WorkerReport } from '../protocol';

/** Puts runWorkerBench on window: runs the engine bench in a dedicated module Worker. */
const page: BenchPage = {
  runWorkerBench: () =>
    new Promise<WorkerReport>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<WorkerReport>) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(`worker: ${event.message}`));
    }),
};
Object.assign(window, page);
