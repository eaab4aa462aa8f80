import type { AppState, AppStore } from '../store/appStore';

/**
 * Resolves once the store reaches a state where `reached` holds, or after `waitMs` at most: a
 * boot step waits for the page, but never forever.
 */
export function storeReaches(
  store: AppStore,
  reached: (s: AppState) => boolean,
  waitMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    if (reached(store.getState())) return resolve();
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe((s) => reached(s) && done());
    const timer = setTimeout(done, waitMs);
  });
}
