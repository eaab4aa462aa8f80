import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/appStore';
import { announceAnswers } from './announcement';

/**
 * Tells screen-reader users what the network reads, politely and once per pen lift or pick,
 * when the engine's answer for that digit is in, so a pen stroke or a training run does not
 * flood them with every frame's answer.
 */
export function PredictionAnnouncer() {
  const region = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const stopAnnouncing = announceAnswers(useAppStore, (text) => {
      if (region.current) region.current.textContent = text;
    });
    // What was said in one language is not left standing in the other.
    const stopClearing = useAppStore.subscribe((s, prev) => {
      if (s.language !== prev.language && region.current) region.current.textContent = '';
    });
    return () => {
      stopAnnouncing();
      stopClearing();
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
