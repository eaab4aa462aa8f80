import type { StageMessage } from '../lessons/presenterProtocol';
import { PRESENTER_CHANNEL, presenterMessage } from '../lessons/presenterProtocol';
import { movedSlide, sceneTotal } from '../lessons/slides';
import type { AppState, AppStore } from '../store/appStore';
import { playedSlide, slidesOf } from '../store/playedSlides';

/** The lesson as the presenter window shows it. */
function stageState(s: AppState): StageMessage {
  const shown = playedSlide(s);
  if (!shown) return { type: 'no-lesson', language: s.language };
  return {
    type: 'lesson',
    slides: shown.slides.map(({ scene, title, narration, formula, chapter }) => ({
      scene,
      title,
      narration,
      formula,
      chapter,
    })),
    slide: shown.at,
    total: sceneTotal(shown.slides),
    blanked: s.blanked,
    language: s.language,
  };
}

/**
 * Keeps the presenter window and the stage in step, both ways: the stage tells where the lesson
 * is whenever it moves (or the language changes); the presenter's keys move the stage.
 */
export function linkPresenter(store: AppStore): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  const tell = () => channel.postMessage(stageState(store.getState()));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = presenterMessage(event.data);
    const s = store.getState();
    if (!message) return;
    if (message.type === 'hello') return tell();
    if (message.type === 'start') return s.present({ source: 'course', slide: 0 });
    if (!s.presentation) return tell();
    const slides = slidesOf(s, s.presentation.source);
    if (message.type === 'blank') return s.setBlanked(message.blanked);
    if (s.blanked) s.setBlanked(false);
    const slide =
      message.type === 'go'
        ? Math.min(message.slide, slides.length - 1)
        : movedSlide(slides, s.presentation.slide, message.move);
    s.present({ source: s.presentation.source, slide });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.presentation !== prev.presentation ||
      s.blanked !== prev.blanked ||
      s.language !== prev.language ||
      (s.presentation?.source === 'deck' && s.decks !== prev.decks)
    ) {
      tell();
    }
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
