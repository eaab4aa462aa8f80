import type { AppText } from '../i18n/en/app';
import { groupDigits, shownNumber, shownPercent } from '../math/shownNumber';
import type { TrainingSnapshot } from '../worker/protocol';

const percent = (x: number | null) => shownPercent(x, 1);

/** One line of training progress, rewritten in place for every snapshot, in the language of `t`. */
export function trainingStatsText(s: TrainingSnapshot | null, t: AppText['training']): string {
  if (!s || s.examplesSeen === 0) return t.notYet;
  const left = s.examplesPerSecond > 0 ? (s.epochSize - s.position) / s.examplesPerSecond : NaN;
  return [
    t.statEpoch(s.epoch + 1),
    t.statPosition(groupDigits(s.position), groupDigits(s.epochSize)),
    t.statSpeed(groupDigits(Math.round(s.examplesPerSecond))),
    Number.isFinite(left) ? t.statLeft(Math.ceil(left)) : '',
    t.statCost(Number.isFinite(s.loss) ? shownNumber(s.loss, 3) : '–'),
    t.statTrain(percent(s.trainAccuracy)),
    t.statValidation(percent(s.validationAccuracy)),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Epochs trained, to two decimals: 132,000 examples of 55,000 a epoch → "2.40". */
export const epochsTrained = (examplesSeen: number, epochSize: number): string =>
  (examplesSeen / epochSize).toFixed(2);

/** Epochs trained (two decimals) and examples seen, e.g. "2.40 epochs · 132,000 examples seen". */
export function epochCounterText(s: TrainingSnapshot | null, t: AppText['training']): string {
  if (!s) return '';
  return t.counter(epochsTrained(s.examplesSeen, s.epochSize), groupDigits(s.examplesSeen));
}
