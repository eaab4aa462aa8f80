import { useEffect } from 'react';
import { useMessages } from '../../i18n/useMessages';
import type { PresenterMessage } from '../../lessons/presenterProtocol';
import { Tex } from '../ui/Tex';
import { controlKeepsKey, lessonKeyAction } from './lessonKeys';
import { usePresenterChannel } from './usePresenterChannel';
import { clockText, usePresenterTimer } from './usePresenterTimer';
import './presenter.css';

/**
 * The presenter window, for the teacher's laptop while the projector shows the stage: the
 * narration as speaker notes, the next scene, a timer, and the clicker keys, which move the
 * stage (and the stage's own keys move this window, through the same channel).
 */
export function PresenterView() {
  const m = useMessages().lesson;
  const { stage, silent, send } = usePresenterChannel();
  const timer = usePresenterTimer();
  const lesson = stage?.type === 'lesson' ? stage : null;

  useEffect(() => {
    document.title = m.presenterTitle;
  }, [m]);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const action = lessonKeyAction(event.key);
      if (!action || action === 'end' || controlKeepsKey(event.target, event.key)) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const message: PresenterMessage =
        action === 'blank'
          ? { type: 'blank', blanked: !lesson?.blanked }
          : { type: 'move', move: action };
      send(message);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [lesson?.blanked, send]);

  const now = lesson?.slides[lesson.slide];
  const next = lesson?.slides[lesson.slide + 1];
  return (
    <main className="presenter" data-testid="presenter-view">
      <header className="presenter-head">
        <h1>{m.presenterTitle}</h1>
        <div className="presenter-timer" role="group" aria-label={m.timer}>
          <span data-testid="presenter-timer" className="presenter-clock">
            {clockText(timer.seconds)}
          </span>
          <button type="button" onClick={timer.toggle}>
            {timer.running ? m.timerPause : m.timerGo}
          </button>
          <button type="button" onClick={timer.reset}>
            {m.timerReset}
          </button>
        </div>
      </header>
      {silent && <p className="presenter-status">{m.stageGone}</p>}
      {!lesson || !now ? (
        <section className="presenter-waiting">
          <p>{m.waiting}</p>
          <button type="button" className="primary" onClick={() => send({ type: 'start' })}>
            {m.startOnStage}
          </button>
        </section>
      ) : (
        <div className="presenter-body">
          <section className="presenter-now" aria-label={m.now}>
            <p className="presenter-chapter">{now.chapter}</p>
            <h2 data-testid="presenter-title">{now.title}</h2>
            <p className="presenter-progress" data-testid="presenter-progress">
              {now.scene + 1} / {lesson.total}
            </p>
            <h3>{m.notes}</h3>
            <p className="presenter-notes" data-testid="presenter-notes">
              {now.narration}
            </p>
            {now.formula && <Tex tex={now.formula} />}
          </section>
          <section className="presenter-next" aria-label={m.upNext}>
            <h3>{m.upNext}</h3>
            {next ? (
              <>
                <p className="presenter-next-title" data-testid="presenter-next-title">
                  {next.title}
                </p>
                <p className="presenter-next-notes">{next.narration}</p>
              </>
            ) : (
              <p>{m.lastScene}</p>
            )}
          </section>
          <nav className="presenter-controls" aria-label={m.bar}>
            <button
              type="button"
              data-testid="presenter-prev"
              onClick={() => send({ type: 'move', move: 'previous' })}
            >
              ← {m.previous}
            </button>
            <button
              type="button"
              className="primary"
              data-testid="presenter-next"
              onClick={() => send({ type: 'move', move: 'next' })}
            >
              {m.next} →
            </button>
            <button
              type="button"
              data-testid="presenter-blank"
              aria-pressed={lesson.blanked}
              onClick={() => send({ type: 'blank', blanked: !lesson.blanked })}
            >
              {lesson.blanked ? m.unblank : m.blank}
            </button>
          </nav>
        </div>
      )}
    </main>
  );
}
