import type { AppStore } from '../store/appStore';
import type { EngineBridge } from './engineBridge';

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
