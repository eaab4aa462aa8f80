import { useCallback } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { SEQUENCE_STEPS } from '../../sequence/shownReading';
import { timelineLength, timelinePoint } from '../../sequence/timeline';
import { usePageKey } from '../ui/usePageKey';

const LAST = timelineLength(SEQUENCE_STEPS) - 1;

/** Forward row by row, then back through time step by step: the page's timeline controls. */
export function SequenceTimeline() {
  const position = useAppStore((s) => s.sequenceStep);
  const setStep = useAppStore((s) => s.setSequenceStep);
  const ready = useAppStore((s) => s.readings?.[s.sequenceCell] !== undefined);
  const say = useMessages().sequence.timeline;
  const point = timelinePoint(position, SEQUENCE_STEPS);
  // ← and → step through the timeline from anywhere on the page (clicker keys too).
  const onKey = useCallback((key: string) => {
    const s = useAppStore.getState();
    const moves: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (!(key in moves)) return false;
    s.setSequenceStep(s.sequenceStep + moves[key]);
    return true;
  }, []);
  usePageKey(onKey);

  return (
    <div className="seq-timeline">
      <p className="seq-timeline-label" data-testid="seq-bptt-label" aria-live="polite">
        <span className="step-count">{say.count(position + 1, LAST + 1)}</span>{' '}
        <b>
          {point.phase === 'forward' ? say.forward(point.t, SEQUENCE_STEPS) : say.backward(point.t)}
        </b>
      </p>
      <div className="step-controls">
        <button
          type="button"
          data-testid="seq-bptt-prev"
          disabled={!ready || position === 0}
          onClick={() => setStep(position - 1)}
        >
          {say.back}
        </button>
        <input
          type="range"
          aria-label={say.slider}
          data-testid="seq-bptt-slider"
          min={0}
          max={LAST}
          value={position}
          disabled={!ready}
          onChange={(e) => setStep(Number(e.target.value))}
        />
        <button
          type="button"
          className="primary"
          data-testid="seq-bptt-next"
          disabled={!ready || position === LAST}
          onClick={() => setStep(position + 1)}
        >
          {say.next}
        </button>
      </div>
    </div>
  );
}
