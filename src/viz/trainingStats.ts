import type { TrainingSnapshot } from '../worker/protocol';

const percent = (x: number | null) =>
  x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;

/** One line of training progress, rewritten in place for every snapshot. */
export function trainingStatsText(s: TrainingSnapshot | null): string {
  if (!s || s.examplesSeen === 0) return 'Not trained yet in this session.';
  const left = s.examplesPerSecond > 0 ? (s.epochSize - s.position) / s.examplesPerSecond : NaN;
  return [
    `epoch ${s.epoch + 1}`,
    `${s.position.toLocaleString('en')} / ${s.epochSize.toLocaleString('en')} examples`,
    `${Math.round(s.examplesPerSecond).toLocaleString('en')} examples/s`,
    Number.isFinite(left) ? `${Math.ceil(left)} s left in epoch` : '',
    `cost ${Number.isFinite(s.loss) ? s.loss.toFixed(3) : '–'}`,
    `train ${percent(s.trainAccuracy)}`,
    `validation ${percent(s.validationAccuracy)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
