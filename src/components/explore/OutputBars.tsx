import { useEffect, useRef } from 'react';
import { messagesFor } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { ANSWER_FIELDS, answerIsCurrent } from '../../store/answerIsCurrent';
import type { OutputBarElements } from '../../viz/outputBars';
import { setAttr } from '../../viz/domWrites';
import { paintOutputBars } from '../../viz/outputBars';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The ten output neurons as bars, with the network's answer. Painted from store updates. */
export function OutputBars() {
  const rows = useRef<HTMLElement[]>([]);
  const fills = useRef<HTMLElement[]>([]);
  const values = useRef<HTMLElement[]>([]);
  const prediction = useRef<HTMLElement>(null);
  const confidence = useRef<HTMLElement>(null);
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!prediction.current || !confidence.current) return;
    const el: OutputBarElements = {
      rows: rows.current,
      fills: fills.current,
      values: values.current,
      prediction: prediction.current,
      confidence: confidence.current,
    };
    const paint = (s: AppState) =>
      paintOutputBars(
        el,
        s.snapshot?.probe?.a.at(-1) ?? null,
        messagesFor(s.language).app.outputs.confidence,
      );
    // Busy while the bars still show an answer for an earlier digit or stage of the drawing.
    const markBusy = (s: AppState) =>
      card.current &&
      setAttr(
        card.current,
        'aria-busy',
        String(!s.engineStopped && !answerIsCurrent(s, s.snapshot?.probe ?? null)),
      );
    paint(useAppStore.getState());
    markBusy(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.language !== prev.language) paint(s);
      if (s.engineStopped !== prev.engineStopped || ANSWER_FIELDS.some((k) => s[k] !== prev[k]))
        markBusy(s);
    });
  }, []);
  const messages = useMessages();
  const say = messages.app.outputs;
  // After a new digit, a stopped engine has no answer for it (inputRouting cleared the old one).
  const unanswered = useAppStore((s) => s.engineStopped && !s.snapshot?.probe);

  return (
    <section className="card outputs" aria-label={say.card} ref={card} data-testid="outputs">
      <h2>{say.heading}</h2>
      <p className="answer">
        {say.says}{' '}
        <b data-testid="prediction" ref={prediction} className="prediction">
          –
        </b>
        <span className="confidence" ref={confidence} />
      </p>
      {unanswered && (
        <p className="caption" data-testid="engine-not-running">
          {messages.system.engineNotRunning}
        </p>
      )}
      <ol className="bars" aria-label={say.bars}>
        {DIGITS.map((d) => (
          <li
            key={d}
            data-testid={`output-activation-${d}`}
            ref={(node) => {
              if (node) rows.current[d] = node;
            }}
          >
            <span className="bar-label">{d}</span>
            <span className="bar-track">
              <span
                className="bar-fill"
                ref={(node) => {
                  if (node) fills.current[d] = node;
                }}
              />
            </span>
            <span
              className="bar-value"
              ref={(node) => {
                if (node) values.current[d] = node;
              }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
