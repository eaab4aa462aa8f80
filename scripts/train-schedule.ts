/**
 * A learning rate that depends on how far training has got, set between mini-batch steps.
 * Cosine decay (half a cosine from `rate` down to 0 over the run) beat a constant rate for
 * both shipped models on the validation hold-out.
 */
export interface LearningRateSchedule {
  kind: 'cosine';
  rate: number;
}

/** The rate to use when `epochs` (fractional) of a run lasting `totalEpochs` are done. */
export function learningRateAt(
  schedule: LearningRateSchedule,
  epochs: number,
  totalEpochs: number,
): number {
  return schedule.rate * 0.5 * (1 + Math.cos((Math.PI * epochs) / totalEpochs));
}

export function describeSchedule(schedule: LearningRateSchedule): string {
  return `learning rate ${schedule.rate} with cosine decay to 0`;
}
