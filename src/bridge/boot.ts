import { DEFAULT_MODEL_ID, MODELS_INDEX_URL } from '../config';
import { loadDigits } from '../data/loadDigits';
import { MNIST_TEST_URL } from '../data/packedDigits';
import type { AppStore } from '../store/appStore';
import type { ShippedModel } from '../store/modelSlice';
import type { EngineBridge } from './engineBridge';
import { routeInput } from './inputRouting';
import { routeLessons } from './lessonRouting';
import { keepScene, openScene, showScene } from './sceneRouting';

/** Fetches a shipped model by id and hands it to the worker. */
export async function loadShippedModel(
  store: AppStore,
  engine: EngineBridge,
  id: string,
): Promise<void> {
  const entry = store.getState().shippedModels.find((m) => m.id === id);
  if (!entry) return store.getState().notify('error', (m) => m.system.noShippedModel(id));
  try {
    const response = await fetch(entry.file);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await engine.loadModel(await response.text(), id);
  } catch (e) {
    store.getState().notify('error', (m) => m.system.modelFetchFailed(entry.name), String(e));
  }
}

/** First screen: the model list, the default model, then the test set and its first digit. */
export async function boot(store: AppStore, engine: EngineBridge): Promise<void> {
  const state = store.getState();
  try {
    const response = await fetch(MODELS_INDEX_URL);
    const models = (await response.json()) as ShippedModel[];
    state.setShippedModels(models.map((m) => ({ ...m, file: `models/${m.file}` })));
  } catch (e) {
    state.notify('error', (m) => m.system.modelListFailed, String(e));
  }
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
  keepScene(store);
}
