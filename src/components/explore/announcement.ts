import { messagesFor } from '../../i18n/catalogue';
import type { AppState, AppStore } from '../../store/appStore';
import { ANSWER_FIELDS, answerIsCurrent } from '../../store/answerIsCurrent';
import { predictionReading } from './predictionReading';

/** A settled answer is read out after this long, so a quick run of picks is read out once. */
export const SETTLE_MS = 700;

/** The store fields announcementDue reads: a change in any other needs no second look. */
const HEARD = [
  ...ANSWER_FIELDS,
  'language',
  'running',
  'engineStopped',
  'strokes',
  'penDown',
] as const satisfies readonly (keyof AppState)[];

type Heard = Pick<AppState, (typeof HEARD)[number]>;

/**
 * What a screen reader should hear about the network's answer now, or null for nothing yet:
 * not while the pen is down or training runs (the answer is still changing), and not before
 * the engine has answered the digit on screen (an answer for an earlier stroke or digit).
 */
function announcementDue(s: Heard): string | null {
  if (s.penDown || s.running) return null;
  const m = messagesFor(s.language);
  const probe = s.snapshot?.probe ?? null;
  if (!answerIsCurrent(s, probe)) return s.engineStopped ? m.system.engineNotRunning : null;
  const reading = predictionReading(probe?.a.at(-1) ?? null);
  if (reading) return m.system.networkReads(reading.digit, reading.percent);
  return s.inputSource === 'drawing' && s.strokes.length === 0
    ? m.system.networkReadsNothing
    : null;
}

/**
 * Hands `say` each due announcement once it has stood for SETTLE_MS (and differs from the last
 * one said); a different one, or none, in the meantime takes its place. So one pen lift or pick
 * is one announcement, of the answer for that digit, however late the engine's answers arrive.
 * Returns the unsubscribe.
 */
export function announceAnswers(store: AppStore, say: (text: string) => void): () => void {
  let pending: string | null = null;
  let said: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const consider = (s: Heard) => {
    const text = announcementDue(s);
    if (text === pending) return;
    pending = text;
    clearTimeout(timer);
    if (text === null || text === said) return;
    timer = setTimeout(() => {
      said = text;
      say(text);
    }, SETTLE_MS);
  };
  consider(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    if (HEARD.some((k) => s[k] !== prev[k])) consider(s);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
