import { DEFAULT_MODEL_ID } from '../config';
import type { Slide } from '../lessons/lessonTypes';
import type { Scene } from '../share/scene';
import { decodeScene } from '../share/scene';
import type { AppState, AppStore } from '../store/appStore';
import { playedSlide } from '../store/playedSlides';
import type { LessonSource } from '../store/presentationSlice';
import type { EngineBridge } from './engineBridge';
import { applySettings, showScene } from './sceneRouting';
import { loadShippedModel } from './shippedModel';

/** Settings that belong to the room, not to a lesson: the teacher's choice stays. */
const ROOM_SETTINGS = ['language', 'theme', 'palette', 'projector'] as const;

/** The slide's scene, without the room's settings. */
function lessonScene(s: AppState, slide: Slide): Partial<Scene> {
  const { scene, problems } = decodeScene(
    slide.query,
    s.shippedModels.map((m) => m.id),
  );
  if (problems.length > 0) s.notify('error', (m) => m.share.badLink(problems));
  for (const key of ROOM_SETTINGS) delete scene[key];
  return scene;
}

/**
 * Puts a slide's scene on screen: training stops (a scene that trains starts its own), the
 * settings and page apply, the model the scene needs loads (the course's own network unless a
 * scene names another; a deck scene without one keeps the network on screen), then the digit,
 * step and selection. A scene without a neuron selects none. Between builds of one scene the
 * network and its training carry on: a build changes only what it names.
 */
async function playSlide(
  store: AppStore,
  engine: EngineBridge,
  source: LessonSource,
  slide: Slide,
  /** Coming from another build of the same scene: what the scene started goes on. */
  sameScene: boolean,
): Promise<void> {
  const s = store.getState();
  const scene = lessonScene(s, slide);
  if (sameScene) delete scene.start;
  else if (s.running) engine.train(false);
  applySettings(store, engine, scene);
  const model = scene.model ?? (source === 'course' && !sameScene ? DEFAULT_MODEL_ID : null);
  if (model && model !== store.getState().modelId) await loadShippedModel(store, engine, model);
  const now = store.getState();
  if (!scene.neuron && now.selected) now.select(null);
  if (!scene.edge && now.selectedEdge) now.selectEdge(null);
  await showScene(store, { scene, say: (p) => (m) => m.share.badLink(p) }, engine);
  if (slide.motion) store.getState().cueMotion(slide.motion);
}

/**
 * Plays the lesson: whenever the slide on screen changes, its scene is put on screen. Scenes
 * are played one after another, and a key pressed while one loads skips straight to the last.
 */
export function routePresentation(store: AppStore, engine: EngineBridge): () => void {
  let playing = false;
  let wanted: { source: LessonSource; slide: Slide } | null = null;
  let last: { source: LessonSource; slide: Slide } | null = null;
  const play = async () => {
    playing = true;
    while (wanted) {
      const next = wanted;
      wanted = null;
      // Deck scenes have no builds: a replayed deck slide may be another deck's.
      const sameScene =
        next.source === 'course' &&
        last?.source === 'course' &&
        last.slide.scene === next.slide.scene;
      last = next;
      await playSlide(store, engine, next.source, next.slide, sameScene);
      // Nothing newer was asked for meanwhile: the slide asked for last is the one on screen.
      if (!wanted) store.getState().setSlideShown(true);
    }
    playing = false;
  };
  const follow = (s: AppState) => {
    const shown = playedSlide(s);
    if (!s.presentation || !shown) return;
    wanted = { source: s.presentation.source, slide: shown.slide };
    if (!playing) void play();
  };
  // A lesson started while the page was still loading plays now.
  follow(store.getState());
  return store.subscribe((s, prev) => {
    if (s.presentation !== prev.presentation) follow(s);
  });
}
