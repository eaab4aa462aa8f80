import type { CellReading } from '../worker/sequence/sequenceProtocol';
import type { AppState } from '../store/appStore';
import { digitsHolding, shownExample } from '../store/shownExample';
import type { TimelinePoint } from './timeline';
import { timelinePoint } from './timeline';

/** Rows of a digit, one per time step. */
export const SEQUENCE_STEPS = 28;

/** Index of the largest |value|. */
function loudest(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++)
    if (Math.abs(values[i]) > Math.abs(values[best])) best = i;
  return best;
}

export interface ShownReading {
  reading: CellReading;
  input: Float64Array;
  point: TimelinePoint;
  /** The unit the formulas follow: the chosen one, else where the error arrives strongest. */
  unit: number;
}

/** The chosen cell's reading of the digit on screen, with the timeline point and unit in play. */
export function shownReading(s: AppState): ShownReading | null {
  const reading = s.readings?.[s.sequenceCell];
  const digit = shownExample(s);
  if (!reading || !digit) return null;
  const cell = reading.trace.layers[0];
  const units = cell.h[0].length;
  const unit =
    s.sequenceUnit !== null && s.sequenceUnit < units
      ? s.sequenceUnit
      : loudest(cell.dLdh[SEQUENCE_STEPS - 1]);
  return {
    reading,
    input: digit.input,
    point: timelinePoint(s.sequenceStep, SEQUENCE_STEPS),
    unit,
  };
}

/** Names the digit on screen (and its label), so an answer can say which digit it is of. */
export function shownDigitKey(
  s: Pick<
    AppState,
    'inputSource' | 'exampleIndex' | 'drawnDigitVersion' | 'drawnDigit' | 'drawnLabel'
  >,
): string {
  return s.inputSource === 'mnist'
    ? `mnist ${s.exampleIndex}`
    : `drawing ${s.drawnDigit ? s.drawnDigitVersion : 'none'} ${s.drawnLabel}`;
}

/** Whether a digit is on screen: a test digit once it has loaded, or a non-empty drawing. */
export const hasShownDigit = (
  s: Pick<AppState, 'inputSource' | 'testSet' | 'firstDigits' | 'exampleIndex' | 'drawnDigit'>,
) =>
  s.inputSource === 'mnist' ? digitsHolding(s, s.exampleIndex) !== null : s.drawnDigit !== null;

/**
 * Whether the readings in the store are of the digit on screen. The drawing is made from the
 * strokes once a frame: until then the digit is an earlier stage's, and so is any reading.
 */
export const readingIsCurrent = (s: AppState) =>
  (s.inputSource !== 'drawing' || s.drawnDigitVersion === s.strokesVersion) &&
  s.readingsKey === shownDigitKey(s);

/** Whether the display settings every figure is painted in changed. */
export const displayChanged = (s: AppState, prev: AppState) =>
  s.theme !== prev.theme ||
  s.palette !== prev.palette ||
  s.projector !== prev.projector ||
  s.language !== prev.language;

/** Whether anything a sequence figure draws from differs between two states. */
export const readingChanged = (s: AppState, prev: AppState) =>
  s.readings !== prev.readings ||
  s.drawnDigit !== prev.drawnDigit ||
  s.inputSource !== prev.inputSource ||
  s.exampleIndex !== prev.exampleIndex ||
  s.sequenceCell !== prev.sequenceCell ||
  s.sequenceStep !== prev.sequenceStep ||
  s.sequenceUnit !== prev.sequenceUnit ||
  displayChanged(s, prev);

/**
 * For the costlier figures (formulas, gate maps): repaint when a reading settles, once the pen
 * is lifted, not at every pen move; the stage's own figures follow the pen.
 */
export const settledReadingChanged = (s: AppState, prev: AppState) =>
  !s.penDown && (prev.penDown || readingChanged(s, prev));
