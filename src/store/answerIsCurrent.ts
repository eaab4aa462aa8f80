import { sameValues } from '../math/sameValues';
import type { ProbeValues } from '../worker/protocol';
import type { AppState } from './appStore';
import { shownExample } from './shownExample';

/** The store fields answerIsCurrent reads, with the probe's snapshot: nothing else moves it. */
export const ANSWER_FIELDS = [
  'snapshot',
  'inputSource',
  'testSet',
  'firstDigits',
  'exampleIndex',
  'strokesVersion',
  'drawnDigit',
  'drawnDigitVersion',
  'drawnLabel',
] as const satisfies readonly (keyof AppState)[];

export type AnswerFields = Pick<AppState, (typeof ANSWER_FIELDS)[number]>;

/**
 * Whether the probe is the engine's answer for the digit on screen: its input layer is that
 * digit. A slow engine's snapshots trail the input, so the one that arrives may be for an
 * earlier stage of the drawing (or the digit picked before).
 */
export function answerIsCurrent(s: AnswerFields, probe: ProbeValues | null): boolean {
  // The drawing is made from the strokes once a frame: until then it is an earlier stage's.
  if (s.inputSource === 'drawing' && s.drawnDigitVersion !== s.strokesVersion) return false;
  const shown = shownExample(s);
  if (!shown || !probe) return !shown && !probe;
  return sameValues(probe.a[0], shown.input);
}
