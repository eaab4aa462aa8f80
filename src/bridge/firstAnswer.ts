import type { Scene } from '../share/scene';
import { MNIST_FIRST_COUNT } from '../data/packedDigits';
import type { AppState, AppStore } from '../store/appStore';
import { answerIsCurrent } from '../store/answerIsCurrent';
import { storeReaches } from './storeReaches';

/** Beyond this the rest of the page loads anyway: a stalled first answer must not hold it back. */
const FIRST_ANSWER_WAIT_MS = 10_000;

/**
 * Whether the opening scene can be answered from the test set's first digits alone: the explore
 * page with one of them, a drawing or nothing on the pad. Other pages trace mini-batches or
 * galleries from the whole set, so they open once it is in, as before.
 */
export function opensOnFirstDigits(scene: Partial<Scene>): boolean {
  if ((scene.page ?? 'explore') !== 'explore') return false;
  return scene.example?.kind !== 'mnist' || scene.example.index < MNIST_FIRST_COUNT;
}

/** The network has answered what is on screen (or there is nothing it can answer). */
function answered(s: AppState): boolean {
  if (s.engineStopped || !s.model) return true;
  return s.snapshot !== null && answerIsCurrent(s, s.snapshot.probe);
}

/** Resolves once the first answer is on screen, or after FIRST_ANSWER_WAIT_MS. */
export const firstAnswer = (store: AppStore): Promise<void> =>
  storeReaches(store, answered, FIRST_ANSWER_WAIT_MS);
