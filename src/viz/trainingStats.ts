import type { AppText } from '../i18n/en/app';
import { groupDigits } from '../math/texNumber';
import type { TrainingSnapshot } from '../worker/protocol';

const percent = (x: number | null) =>
  x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;

/** One line of training progress, rewritten in place for every snapshot, in the language of `t`. */
export function trainingStatsText(s: TrainingSnapshot | null, t: AppText['training']): string {
  if (!s || s.examplesSeen === 0) return t.notYet;
  const left = s.examplesPerSecond > 0 ? (s.epochSize - s.position) / s.examplesPerSecond : NaN;
  return [
    t.statEpoch(s.epoch + 1),
    t.statPosition(groupDigits(s.position), groupDigits(s.epochSize)),
    t.statSpeed(groupDigits(Math.round(s.examplesPerSecond))),
    Number.isFinite(left) ? t.statLeft(Math.ceil(left)) : '',
    t.statCost(Number.isFinite(s.loss) ? s.loss.toFixed(3) : '–'),
    t.statTrain(percent(s.trainAccuracy)),
    t.statValidation(percent(s.validationAccuracy)),
  ]
    .filter(Boolean)
    .join(' · ');
}
