import { DEFAULT_MODEL_ID, MODELS_INDEX_URL } from '../config';
import { loadDigits } from '../data/loadDigits';
import { MNIST_FIRST_URL, MNIST_TEST_URL } from '../data/packedDigits';
import { registerServiceWorker } from '../offline/registerServiceWorker';
import type { AppStore } from '../store/appStore';
import type { ShippedModel } from '../store/modelSlice';
import type { EngineBridge } from './engineBridge';
import { openDeckLink } from './deckLinkOpening';
import { keepDecks } from './deckStorage';
import { firstAnswer, opensOnFirstDigits } from './firstAnswer';
import { routeInput } from './inputRouting';
import { routeLessons } from './lessonRouting';
import { routePresentation } from './presentationRouting';
import { linkPresenter } from './presenterLink';
import { keepScene, openScene, showScene } from './sceneRouting';
import { loadShippedModel } from './shippedModel';

/**
 * First screen, with as little as the first answer needs: the model list, the model and the
 * test set's first digits. Only once that answer is on screen do the test set, the worker's
 * data and the offline copy of the app start to load, so nothing competes with it for a slow
 * classroom connection. A scene that needs the whole set opens once it is in.
 */
export async function boot(store: AppStore, engine: EngineBridge): Promise<void> {
  const state = store.getState();
  keepDecks(store);
  const firstDigits = loadDigits(MNIST_FIRST_URL).catch((e: unknown) => {
    // The whole set follows and shows the digit then.
    console.warn('The first test digits could not load:', e);
    return null;
  });
  try {
    const response = await fetch(MODELS_INDEX_URL);
    const models = (await response.json()) as ShippedModel[];
    state.setShippedModels(models.map((m) => ({ ...m, file: `models/${m.file}` })));
  } catch (e) {
    state.notify('error', (m) => m.system.modelListFailed, String(e));
  }
  linkPresenter(store);
  // A lesson link (or the last session) chooses the model and settings before anything loads.
  const opening = openScene(store, engine);
  const modelLoaded = loadShippedModel(store, engine, opening.scene.model ?? DEFAULT_MODEL_ID);
  routeInput(store, engine);
  routeLessons(store, engine);
  // After routeInput, which hands the digit they hold to the engine.
  const firstDigitsIn = firstDigits.then((set) => set && state.setFirstDigits(set));
  const early = opensOnFirstDigits(opening.scene);
  if (early) {
    await Promise.all([firstDigitsIn, modelLoaded]);
    await showScene(store, opening, engine);
    await firstAnswer(store);
  }
  engine.fetchData();
  registerServiceWorker();
  try {
    const set = await loadDigits(MNIST_TEST_URL, (loaded, total) =>
      state.setDataProgress('test', { loaded, total, done: false }),
    );
    state.setDataProgress('test', { loaded: 1, total: 1, done: true });
    await modelLoaded;
    state.setTestSet(set);
  } catch (e) {
    state.notify('error', (m) => m.system.testSetFailed, String(e));
  }
  if (!early) await showScene(store, opening, engine);
  openDeckLink(store);
  keepScene(store);
  // Lessons play once the first scene is on screen (one started sooner plays then).
  routePresentation(store, engine);
}
