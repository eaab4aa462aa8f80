import { useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../../i18n/useMessages';
import { chapterStarts, movedSlide, sceneTotal } from '../../lessons/slides';
import { useAppStore } from '../../store/appStore';
import { playedSlide } from '../../store/playedSlides';
import { Tex } from '../ui/Tex';
import { openPresenter } from './openPresenter';

/** The lesson bar's height on <html> (--stage-bottom): the stage fits above it. */
function useStageBottom(bar: React.RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const box = bar.current;
    if (!box) return;
    const measure = () =>
      root.style.setProperty(
        '--stage-bottom',
        `${Math.ceil(box.getBoundingClientRect().height)}px`,
      );
    const sizes = new ResizeObserver(measure);
    sizes.observe(box);
    measure();
    return () => {
      sizes.disconnect();
      root.style.removeProperty('--stage-bottom');
    };
  }, [bar]);
}

/**
 * The lesson's subtitles: the scene's title, narration and formula, its place in the lesson
 * ("k / n"), and the presenter's controls. Fixed below the stage, never dimmed.
 */
export function LessonBar() {
  const m = useMessages().lesson;
  const shown = useAppStore(useShallow(playedSlide));
  const source = useAppStore((s) => s.presentation?.source);
  const present = useAppStore((s) => s.present);
  const slideShown = useAppStore((s) => s.slideShown);
  const notify = useAppStore((s) => s.notify);
  const bar = useRef<HTMLElement>(null);
  useStageBottom(bar);
  if (!shown || !source) {
    // A deck with no scenes: nothing to show but how to add some, and the way out.
    return (
      <section className="scene-bar" ref={bar} aria-label={m.bar} data-testid="lesson-bar">
        <p className="scene-narration">{m.emptyDeck}</p>
        <nav className="scene-controls" aria-label={m.bar}>
          <button type="button" data-testid="lesson-exit" onClick={() => present(null)}>
            {m.exit}
          </button>
        </nav>
      </section>
    );
  }
  const { slides, slide, at } = shown;
  const total = sceneTotal(slides);
  const go = (to: number) => present({ source, slide: to });
  const chapters = chapterStarts(slides);
  const chapterAt = chapters.filter((c) => c.slide <= at).length - 1;

  return (
    <section
      className="scene-bar"
      ref={bar}
      aria-label={m.bar}
      aria-busy={!slideShown}
      data-testid="lesson-bar"
      data-slide={at}
    >
      <div className="scene-words">
        <h2>
          <span data-testid="lesson-title">{slide.title}</span>{' '}
          <span className="scene-chapter">· {slide.chapter ?? m.deckTitle}</span>
        </h2>
        <p className="scene-narration" data-testid="lesson-narration" aria-live="polite">
          {slide.narration}
        </p>
      </div>
      {slide.formula && (
        <div className="scene-formula" data-testid="lesson-formula">
          <Tex tex={slide.formula} />
        </div>
      )}
      <nav className="scene-controls" aria-label={m.bar}>
        <button
          type="button"
          data-testid="lesson-prev"
          title={m.previousHint}
          disabled={at === 0}
          onClick={() => go(movedSlide(slides, at, 'previous'))}
        >
          ← {m.previous}
        </button>
        <span
          className="scene-progress"
          data-testid="lesson-progress"
          aria-label={m.progress(slide.scene + 1, total)}
        >
          {slide.scene + 1} / {total}
        </span>
        <button
          type="button"
          data-testid="lesson-next"
          className="primary"
          title={m.nextHint}
          disabled={at === slides.length - 1}
          onClick={() => go(movedSlide(slides, at, 'next'))}
        >
          {m.next} →
        </button>
        {chapters.length > 1 && (
          <select
            aria-label={m.chapter}
            data-testid="lesson-chapter"
            value={chapterAt}
            onChange={(e) => go(chapters[Number(e.target.value)].slide)}
          >
            {chapters.map((c, i) => (
              <option key={c.slide} value={i}>
                {i + 1}. {c.title}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          data-testid="presenter-open"
          title={m.presenterHint}
          onClick={() => {
            if (!openPresenter()) notify('error', (t) => t.lesson.presenterBlocked);
          }}
        >
          {m.presenter}
        </button>
        <button
          type="button"
          data-testid="lesson-exit"
          title={m.exitHint}
          onClick={() => present(null)}
        >
          {m.exit}
        </button>
      </nav>
    </section>
  );
}
