import { argmax } from '../../engine/network';
import { useMessages } from '../../i18n/useMessages';
import { shownPercent } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import {
  SEQUENCE_STEPS,
  hasShownDigit,
  readingChanged,
  readingIsCurrent,
  shownReading,
} from '../../sequence/shownReading';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import { paintRowReader, paintRunning } from '../../viz/sequence/paintRowReader';
import { useCanvasPainter } from './useCanvasPainter';

const rowsReadAt = (s: AppState) => Math.min(SEQUENCE_STEPS, s.sequenceStep + 1);

function paintDigit(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const shown = shownReading(s);
  if (!fitted || !shown) return;
  const rows = rowsReadAt(s);
  // Forward, the row being read; backwards, the step the error has reached.
  paintRowReader(
    fitted.ctx,
    fitted.width,
    shown.input,
    SEQUENCE_STEPS,
    rows,
    shown.point.t,
    vizColors(s),
  );
}

function paintAnswer(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const shown = shownReading(s);
  if (!fitted || !shown) return;
  const { trace, target } = shown.reading;
  paintRunning(
    fitted.ctx,
    fitted.width,
    fitted.height,
    trace.running,
    target,
    rowsReadAt(s),
    vizColors(s),
  );
}

/** The answer after `rows` rows and how sure: "3 (41%)". */
function answerAfter(s: AppState, rows: number): { digit: number; p: number } | null {
  const running = s.readings?.[s.sequenceCell]?.trace.running[rows - 1];
  if (!running) return null;
  const digit = argmax(running);
  return { digit, p: running[digit] };
}

const MILESTONES = [10, 20, SEQUENCE_STEPS];

/**
 * The digit as the cell reads it, row by row, and its running answer: what it would say if the
 * digit ended after each row (how sure after 10 rows, after 20).
 */
export function ReadingCard() {
  const digitRef = useCanvasPainter(paintDigit, readingChanged);
  const runningRef = useCanvasPainter(paintAnswer, readingChanged);
  const say = useMessages().sequence.reading;
  const final = useAppStore((s) =>
    hasShownDigit(s) ? (answerAfter(s, SEQUENCE_STEPS)?.digit ?? null) : null,
  );
  const milestones = useAppStore((s) =>
    MILESTONES.map((rows) => {
      if (!hasShownDigit(s)) return '';
      const a = answerAfter(s, rows);
      return a ? `${rows}:${a.digit}:${a.p}` : '';
    }).join('|'),
  );
  // Without a label the gradient aims at the cell's own answer, and the page says so.
  const ownTarget = useAppStore((s) => {
    const reading = s.readings?.[s.sequenceCell];
    return reading && !reading.targetIsLabel ? reading.target : null;
  });
  // Busy while the readings shown are of an earlier digit or stage of the drawing.
  const busy = useAppStore((s) => hasShownDigit(s) && !readingIsCurrent(s));
  return (
    <section
      className="card seq-reading"
      aria-label={say.heading}
      aria-busy={busy}
      data-testid="seq-reading"
    >
      <h2>{say.heading}</h2>
      <div className="seq-reading-row">
        <canvas ref={digitRef} className="seq-digit" role="img" aria-label={say.digitLabel} />
        <p className="answer">
          {say.says}{' '}
          <b className="prediction" data-testid="seq-prediction">
            {final ?? '–'}
          </b>
        </p>
      </div>
      <canvas ref={runningRef} className="seq-running" role="img" aria-label={say.runningLabel} />
      <ul className="seq-milestones">
        {milestones.split('|').map((m, i) => {
          const [rows, digit, p] = m.split(':');
          return m ? (
            <li key={i}>{say.after(Number(rows), Number(digit), shownPercent(Number(p), 0))}</li>
          ) : null;
        })}
      </ul>
      {ownTarget !== null && <p className="caption">{say.ownAnswer(ownTarget)}</p>}
    </section>
  );
}
