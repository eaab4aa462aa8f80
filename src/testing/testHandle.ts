import type { AppStore } from '../store/appStore';

/**
 * What a test build (dev, or `vite build --mode e2e`) puts on `window.__deltascope` for the e2e
 * suite, tldraw's habit: the store to read and drive, and a way to crash the engine. The
 * production build has no such handle (scripts/productionBundle.test.ts checks).
 */
export interface DeltascopeTestHandle {
  store: AppStore;
  /** Fails the engine's worker as an uncaught error would; the bridge restarts it as for one. */
  crashEngine(): void;
  /**
   * Resolves once the engine has handled every message sent before it and the page has drawn
   * what it answered: a state to await instead of a pause.
   */
  engineSettled(): Promise<void>;
}

declare global {
  interface Window {
    __deltascope?: DeltascopeTestHandle;
  }
}
