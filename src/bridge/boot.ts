import { DEFAULT_MODEL_ID, MODELS_INDEX_URL } from '../config';
import { loadDigits } from '../data/loadDigits';
import { MNIST_TEST_URL } from '../data/packedDigits';
import type { AppStore } from '../store/appStore';
import type { ShippedModel } from '../store/modelSlice';
import type { EngineBridge } from './engineBridge';
import { openDeckLink } from './deckLinkOpening';
import { keepDecks } from './deckStorage';
import { routeInput } from './inputRouting';
import { routeLessons } from './lessonRouting';
import { routePresentation } from './presentationRouting';
import { linkPresenter } from './presenterLink';
import { keepScene, openScene, showScene } from './sceneRouting';
import { loadShippedModel } from './shippedModel';

/** First screen: the model list, the default model, then the test set and its first digit. */
export async function boot(store: AppStore, engine: EngineBridge): Promise<void> {
  const state = store.getState();
  keepDecks(store);
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
  await showScene(store, opening, engine);
  openDeckLink(store);
  keepScene(store);
  // Lessons play once the first scene is on screen (one started sooner plays then).
  routePresentation(store, engine);
}
