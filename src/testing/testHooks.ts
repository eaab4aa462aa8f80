import type { AppStore } from '../store/appStore';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { DeltascopeTestHandle } from './testHandle';

/**
 * Puts the test handle on `window` and returns the engine's worker factory wrapped so that the
 * handle can fail the worker made last. Called only in test builds; nothing else imports this
 * module, so the production bundle leaves it out.
 */
export function installTestHandle(store: AppStore, createWorker: () => Worker): () => Worker {
  let current: Worker | null = null;
  /** Far above the bridge's own request ids, so the bridge ignores these pongs. */
  let nextPing = 2 ** 30;
  const handle: DeltascopeTestHandle = {
    store,
    crashEngine() {
      // The event an uncaught error in the worker raises on the page's side: the bridge's
      // onerror sees no difference.
      current?.dispatchEvent(new ErrorEvent('error', { message: 'crash simulated by a test' }));
    },
    engineSettled() {
      const worker = current;
      if (!worker) return Promise.resolve();
      const requestId = nextPing++;
      return new Promise<void>((resolve) => {
        const onPong = (event: MessageEvent<FromWorker>) => {
          if (event.data.type !== 'pong' || event.data.requestId !== requestId) return;
          worker.removeEventListener('message', onPong);
          // Snapshots that came before the pong are drawn at the next frame (the bridge's rAF).
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        };
        worker.addEventListener('message', onPong);
        const ping: ToWorker = { type: 'ping', requestId };
        worker.postMessage(ping);
      });
    },
  };
  window.__deltascope = handle;
  return () => (current = createWorker());
}
