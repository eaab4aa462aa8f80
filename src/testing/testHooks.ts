import type { AppStore } from '../store/appStore';
import type { DeltascopeTestHandle } from './testHandle';

/**
 * Puts the test handle on `window` and returns the engine's worker factory wrapped so that the
 * handle can fail the worker made last. Called only in test builds; nothing else imports this
 * module, so the production bundle leaves it out.
 */
export function installTestHandle(store: AppStore, createWorker: () => Worker): () => Worker {
  let current: Worker | null = null;
  const handle: DeltascopeTestHandle = {
    store,
    crashEngine() {
      // The event an uncaught error in the worker raises on the page's side: the bridge's
      // onerror sees no difference.
      current?.dispatchEvent(new ErrorEvent('error', { message: 'crash simulated by a test' }));
    },
  };
  window.__deltascope = handle;
  return () => (current = createWorker());
}
