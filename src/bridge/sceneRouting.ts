import type { Say } from '../i18n/catalogue';
import { parseSavedScene, SAVED_SCENE_KEY, savedSceneText } from '../share/savedScene';
import type { Scene, SceneProblem } from '../share/scene';
import { decodeScene, encodeScene, fitSceneToModel, hasScene } from '../share/scene';
import type { AppState, AppStore } from '../store/appStore';
import { sameEdge } from '../store/backpropSlice';
import { sameNeuron } from '../store/viewSlice';
import type { EngineBridge } from './engineBridge';

/** The URL and the saved scene follow the page this long after the last change. */
const SYNC_DELAY_MS = 400;
/** A lesson that has not arrived by then is not waited for (the step and selection still apply). */
const LESSON_WAIT_MS = 15_000;

/** The scene on screen now: what a link or the next visit should bring back. */
export function sceneOf(s: AppState): Scene {
  const drawing = s.inputSource === 'drawing';
  return {
    page: s.page,
    model: s.modelId,
    example: drawing
      ? s.drawnDigit && { kind: 'drawing', pixels: s.drawnDigit.image }
      : { kind: 'mnist', index: s.exampleIndex },
    drawnLabel: s.drawnLabel,
    step: s.step,
    neuron: s.selected,
    edge: s.page === 'backprop' ? s.selectedEdge : null,
    edgeMode: s.edgeMode,
    theme: s.theme,
    palette: s.palette,
    language: s.language,
    projector: s.projector,
    learningRate: s.params.learningRate,
    batchSize: s.params.batchSize,
    epochs: s.epochs,
    seed: s.params.seed,
    init: s.params.init,
    lessonRate: s.lessonRate,
    labView: s.labView,
    curveRate: s.curveRate,
    curveStart: s.curveStart,
    curveSeveral: s.curveSeveral,
    fitRate: s.fitRate,
    fitBatch: s.fitBatch,
    fitStart: s.fitStart,
    surfacePair: s.surfacePair,
  };
}

/** What the scene is made of, compared by identity so training ticks cost nothing. */
const sceneKey = (s: AppState): unknown[] => [
  s.page,
  s.modelId,
  s.inputSource,
  s.exampleIndex,
  s.drawnDigit,
  s.drawnLabel,
  s.step,
  s.selected,
  s.selectedEdge,
  s.edgeMode,
  s.theme,
  s.palette,
  s.language,
  s.projector,
  s.params,
  s.epochs,
  s.lessonRate,
  s.labView,
  s.curveRate,
  s.curveStart,
  s.curveSeveral,
  s.fitRate,
  s.fitBatch,
  s.fitStart,
  s.surfacePair,
];

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
  const { scene } = opening;
  if (scene.language) s.setLanguage(scene.language);
  if (scene.theme) s.setTheme(scene.theme);
  if (scene.palette) s.setPalette(scene.palette);
  if (scene.projector !== undefined) s.setProjector(scene.projector);
  if (scene.edgeMode) s.setEdgeMode(scene.edgeMode);
  if (scene.lessonRate !== undefined) s.setLessonRate(scene.lessonRate);
  if (scene.epochs !== undefined) s.setEpochs(scene.epochs);
  if (scene.labView) s.setLabView(scene.labView);
  if (scene.curveRate !== undefined) s.setCurveRate(scene.curveRate);
  if (scene.curveStart !== undefined || scene.curveSeveral !== undefined) {
    s.setCurveStart(scene.curveStart ?? s.curveStart, scene.curveSeveral ?? s.curveSeveral);
  }
  if (scene.fitRate !== undefined) s.setFitRate(scene.fitRate);
  if (scene.fitBatch) s.setFitBatch(scene.fitBatch);
  if (scene.fitStart) s.setFitStart(scene.fitStart);
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
  return opening;
}

/** Resolves once the newest lesson request has settled (or after LESSON_WAIT_MS). */
function lessonSettled(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    const settled = (s: AppState) => s.page !== 'backprop' || s.lessonStatus !== 'tracing';
    if (settled(store.getState())) return resolve();
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe((s) => settled(s) && done());
    const timer = setTimeout(done, LESSON_WAIT_MS);
  });
}

/**
 * Puts the opening scene's example, step, selection and surface weights on screen, once the
 * model and the test set are in: the example first, then (on the backprop page) its lesson,
 * then the step.
 */
export async function showScene(store: AppStore, opening: OpeningScene): Promise<void> {
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
}

/**
 * Keeps the address bar and the saved scene on what is on screen, a moment after it changes
 * (replaceState: no history entry per click), so copying the address also shares the scene.
 */
export function keepScene(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let key = sceneKey(store.getState());
  const write = () => {
    timer = null;
    const query = encodeScene(sceneOf(store.getState()));
    if (location.search.slice(1) !== query) {
      history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    }
    writeStorage(savedSceneText(query));
  };
  write();
  const unsubscribe = store.subscribe((s) => {
    const next = sceneKey(s);
    if (next.every((k, i) => k === key[i])) return;
    key = next;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, SYNC_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
