import { useEffect, useRef } from 'react';
import { messagesFor } from '../../i18n/catalogue';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { predictionReading } from './predictionReading';

/** The answer must hold this long before it is read out: the pen has lifted or paused. */
export const SETTLE_MS = 700;

function announcement(s: AppState): string | null {
  const m = messagesFor(s.language);
  const reading = predictionReading(s.snapshot?.probe?.a.at(-1) ?? null);
  if (reading) return m.system.networkReads(reading.digit, reading.percent);
  return s.inputSource === 'drawing' && s.strokes.length === 0
    ? m.system.networkReadsNothing
    : null;
}

/**
 * Tells screen-reader users what the network reads, politely and only once the answer has
 * settled, so a pen stroke or a training run does not flood them with every frame's answer.
 */
export function PredictionAnnouncer() {
  const region = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let pending: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const consider = (s: AppState) => {
      const text = announcement(s);
      if (text === pending) return;
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (region.current && text !== null && region.current.textContent !== text) {
          region.current.textContent = text;
        }
      }, SETTLE_MS);
    };
    consider(useAppStore.getState());
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.language !== prev.language) consider(s);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);

  return (
    <p
      ref={region}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="prediction-announcement"
    />
  );
}
