import type { Say } from '../i18n/catalogue';
import { parseSavedScene, SAVED_SCENE_KEY, savedSceneText } from '../share/savedScene';
import type { Scene, SceneProblem } from '../share/scene';
import { decodeScene, encodeScene, fitSceneToModel, hasScene } from '../share/scene';
import type { AppState, AppStore } from '../store/appStore';
import { sameEdge, sameNeuron } from '../vocabulary';
import type { EngineBridge } from './engineBridge';
import { startFromRandom } from './randomStart';
import { storeReaches } from './storeReaches';

/** The URL and the saved scene follow the page this long after the last change. */
const SYNC_DELAY_MS = 400;
/** A lesson that has not arrived by then is not waited for (the step and selection still apply). */
const LESSON_WAIT_MS = 15_000;

/**
 * Scene fields the store holds under the same name, set as soon as a scene opens: display
 * settings other than projector mode, and the lab's and the descent page's settings.
 */
const SET_AT_ONCE = [
  'language',
  'theme',
  'palette',
  'edgeMode',
  'lessonRate',
  'epochs',
  'labView',
  'sequenceCell',
  'sequenceStep',
  'curveRate',
  'curveStart',
  'curveSeveral',
  'fitRate',
  'fitBatch',
  'fitStart',
] as const satisfies readonly (keyof Scene & keyof AppState)[];

/** Every store field the scene is made of. */
const SCENE_STATE = [
  ...SET_AT_ONCE,
  'page',
  'modelId',
  'inputSource',
  'exampleIndex',
  'drawnDigit',
  'drawnLabel',
  'step',
  'selected',
  'selectedEdge',
  'projector',
  'params',
  'surfacePair',
] as const satisfies readonly (keyof AppState)[];

/** The fields of `from` named in `keys`, leaving out undefined ones. */
function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const k of keys) if (from[k] !== undefined) picked[k] = from[k];
  return picked;
}

/** The scene on screen now: what a link or the next visit should bring back. */
export function sceneOf(s: AppState): Scene {
  const drawing = s.inputSource === 'drawing';
  return {
    ...pick(s, SET_AT_ONCE),
    page: s.page,
    model: s.modelId,
    example: drawing
      ? s.drawnDigit && { kind: 'drawing', pixels: s.drawnDigit.image }
      : { kind: 'mnist', index: s.exampleIndex },
    drawnLabel: s.drawnLabel,
    step: s.step,
    neuron: s.selected,
    edge: s.page === 'backprop' ? s.selectedEdge : null,
    projector: s.projector,
    learningRate: s.params.learningRate,
    batchSize: s.params.batchSize,
    seed: s.params.seed,
    init: s.params.init,
    surfacePair: s.surfacePair,
  };
}

/** A link to the scene on screen, on this page's own address. */
export function sceneLink(s: AppState): string {
  return `${location.origin}${location.pathname}?${encodeScene(sceneOf(s))}`;
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(SAVED_SCENE_KEY);
  } catch {
    return null;
  }
}

function writeStorage(text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(SAVED_SCENE_KEY);
    else localStorage.setItem(SAVED_SCENE_KEY, text);
  } catch {
    // Storage off or full: the URL still holds the scene.
  }
}

/** A scene to open, and how to word what could not be used of it. */
export interface OpeningScene {
  scene: Partial<Scene>;
  say: (problems: readonly SceneProblem[]) => Say;
}

/**
 * The scene to open with: the URL's if it has one, else the last session's, else nothing.
 * Whatever cannot be used is named in a notice (a bad saved entry is also removed). Display
 * settings, hyper-parameters and the lab's and descent page's settings apply at once; the rest
 * waits for showScene.
 */
export function openScene(store: AppStore, engine: EngineBridge): OpeningScene {
  const s = store.getState();
  const modelIds = s.shippedModels.map((m) => m.id);
  let opening: OpeningScene = { scene: {}, say: (p) => (m) => m.share.badLink(p) };
  if (hasScene(location.search)) {
    const { scene, problems } = decodeScene(location.search, modelIds);
    opening = { scene, say: (p) => (m) => m.share.badLink(p) };
    if (problems.length > 0) s.notify('error', opening.say(problems));
  } else {
    const saved = parseSavedScene(readStorage());
    if (saved && 'problem' in saved) {
      writeStorage(null);
      s.notify('error', (m) => m.share.badSaved(saved.problem));
    } else if (saved) {
      const { scene, problems } = decodeScene(saved.query, modelIds);
      opening = { scene, say: (p) => (m) => m.share.badSavedParts(p) };
      if (problems.length > 0) s.notify('error', opening.say(problems));
    }
  }
  applySettings(store, engine, opening.scene);
  return opening;
}

/**
 * What of a scene applies at once, before its model and digit are in: display settings,
 * hyper-parameters, the lab's and descent page's settings, and the page.
 */
export function applySettings(store: AppStore, engine: EngineBridge, scene: Partial<Scene>): void {
  const s = store.getState();
  store.setState(pick(scene, SET_AT_ONCE));
  if (scene.projector !== undefined) s.setProjector(scene.projector);
  const { learningRate, batchSize, seed, init } = scene;
  if ([learningRate, batchSize, seed, init].some((v) => v !== undefined)) {
    engine.setParams({
      learningRate: learningRate ?? s.params.learningRate,
      batchSize: batchSize ?? s.params.batchSize,
      seed: seed ?? s.params.seed,
      init: init ?? s.params.init,
    });
  }
  if (scene.page) s.setPage(scene.page);
}

/** Resolves once the newest lesson request has settled (or after LESSON_WAIT_MS). */
function lessonSettled(store: AppStore): Promise<void> {
  const settled = (s: AppState) => s.page !== 'backprop' || s.lessonStatus !== 'tracing';
  return storeReaches(store, settled, LESSON_WAIT_MS);
}

/**
 * Puts the opening scene's example, step, selection and surface weights on screen, once the
 * model and the test set are in: the example first, then (on the backprop page) its lesson,
 * then the step.
 */
export async function showScene(
  store: AppStore,
  opening: OpeningScene,
  /** Carries out the link's actions (start=random); without it, only the scene is shown. */
  engine?: EngineBridge,
): Promise<void> {
  const sizes = store.getState().model?.spec.sizes;
  const fitted = sizes ? fitSceneToModel(opening.scene, sizes) : { scene: {}, problems: [] };
  if (fitted.problems.length > 0) store.getState().notify('error', opening.say(fitted.problems));
  const { example, drawnLabel, step, neuron, edge, surfacePair } = fitted.scene;
  const s = store.getState();
  // After the model: loading one resets the surface to that model's own pair.
  if (surfacePair) s.setSurfacePair(surfacePair);
  if (example?.kind === 'mnist') s.showExample(example.index);
  if (example?.kind === 'drawing') s.showLinkedDigit(example.pixels);
  // After the digit: its label starts the lesson of the digit now on screen.
  if (drawnLabel !== undefined) s.setDrawnLabel(drawnLabel);
  await lessonSettled(store);
  const now = store.getState();
  if (step !== undefined) now.setStep(step);
  if (neuron && !sameNeuron(now.selected, neuron)) now.select(neuron);
  if (edge && !sameEdge(store.getState().selectedEdge, edge)) now.selectEdge(edge);
  if (engine && fitted.scene.start === 'random') await startFromRandom(store, engine);
}

/**
 * Keeps the address bar and the saved scene on what is on screen, a moment after it changes
 * (replaceState: no history entry per click), so copying the address also shares the scene.
 */
export function keepScene(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = encodeScene(sceneOf(store.getState()));
    if (location.search.slice(1) !== query) {
      history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    }
    writeStorage(savedSceneText(query));
  };
  write();
  // Compared by identity with the state before, so training ticks cost nothing.
  const unsubscribe = store.subscribe((s, prev) => {
    if (SCENE_STATE.every((k) => s[k] === prev[k])) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, SYNC_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
