import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
// Page-wide styles in cascade order: the base, each area's rules, projector mode last.
import './components/ui/base.css';
import './components/shell/shell.css';
import './components/network/network.css';
import './components/input/input.css';
import './components/explore/explore.css';
import './components/training/training.css';
import './components/backprop/backprop.css';
import './components/lab/lab.css';
import './components/shell/projector.css';
import { boot } from './bridge/boot';
import { applyDocumentSettings } from './bridge/documentSettings';
import { createEngineBridge } from './bridge/engineBridge';
import { routeSequence } from './bridge/sequenceRouting';
import { App } from './components/shell/App';
import { PRESENTER_QUERY } from './components/presentation/openPresenter';
import { EngineContext } from './components/EngineContext';
import { useAppStore } from './store/appStore';
import { installTestHandle } from './testing/testHooks';
import { applyPaletteVariables } from './viz/paletteVariables';

/** The stage: the app itself, its engine, and everything that keeps it in step. */
function startStage(): void {
  const createWorker = () =>
    new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module' });
  // Dev and the e2e suite's build (`--mode e2e`) get the test handle; in a production build the
  // condition is the constant false, so the branch and the hooks module are dropped from it.
  const testBuild = import.meta.env.DEV || import.meta.env.MODE === 'e2e';
  const engine = createEngineBridge(
    useAppStore,
    testBuild ? installTestHandle(useAppStore, createWorker) : createWorker,
    (path) => new URL(path, document.baseURI).href,
  );

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EngineContext.Provider value={engine}>
        <App />
      </EngineContext.Provider>
    </StrictMode>,
  );
  applyDocumentSettings(useAppStore, document.documentElement);
  applyPaletteVariables(useAppStore, document.documentElement);
  void boot(useAppStore, engine);
  // The recurrent networks' worker starts when the sequence page first opens.
  routeSequence(
    useAppStore,
    () =>
      new Worker(new URL('./worker/sequence/sequence.worker.ts', import.meta.url), {
        type: 'module',
      }),
    (path) => new URL(path, document.baseURI).href,
  );
}

/** The presenter window: speaker notes and keys for the stage, no engine of its own. */
async function startPresenter(): Promise<void> {
  const { PresenterView } = await import('./components/presentation/PresenterView');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PresenterView />
    </StrictMode>,
  );
  applyDocumentSettings(useAppStore, document.documentElement);
  applyPaletteVariables(useAppStore, document.documentElement);
}

if (new URLSearchParams(location.search).has(PRESENTER_QUERY)) void startPresenter();
else startStage();
