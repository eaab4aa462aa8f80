import { MNIST_SPEC } from '../engine/network';
import type { AppStore } from '../store/appStore';
import type { EngineBridge } from './engineBridge';

/**
 * A lesson's start: fresh random weights for the network on screen (its architecture, the
 * seed and initialisation of the settings), then training at once, so the class watches the
 * cost fall and the accuracy climb from chance.
 */
export async function startFromRandom(store: AppStore, engine: EngineBridge): Promise<void> {
  const { model, params, epochs } = store.getState();
  if (await engine.reset(model?.spec ?? MNIST_SPEC, params)) engine.train(true, epochs);
}
