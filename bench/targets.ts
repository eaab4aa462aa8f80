import type { BatchSize } from './config';
import { BATCH_SIZES } from './config';
import type { Summary } from './summary';
import { LIBRARY_LABELS, pairedRatio } from './summary';

export interface TargetCheck {
  what: string;
  /** How the value prints, e.g. 7.3× or 64%. */
  shown: string;
  goal: string;
  pass: boolean;
}

export function times(what: string, value: number, min: number, goal = `≥ ${min}×`): TargetCheck {
  return { what, shown: `${value.toFixed(1)}×`, goal, pass: value >= min };
}

/** The engine's FLOP/s over the peak loop's, paired round by round, at a batch size. */
export function ceilingShare(summary: Summary, flopsPerExample: number, batch: BatchSize): number {
  return pairedRatio(summary.train.deltascope[batch], summary.peak[batch]) * flopsPerExample;
}

/** The targets, all as ratios from the same run (see pairedRatio). */
export function checkTargets(summary: Summary, flopsPerExample: number): TargetCheck[] {
  const { train, forward } = summary;
  const cpu = LIBRARY_LABELS['tfjs-cpu'];
  const wasm = LIBRARY_LABELS['tfjs-wasm'];
  return [
    times(
      `ours / ${cpu}, training at batch 10`,
      pairedRatio(train.deltascope[10], train['tfjs-cpu'][10]),
      5,
    ),
    times(
      `ours / ${wasm}, training at batch 32`,
      pairedRatio(train.deltascope[32], train['tfjs-wasm'][32]),
      1,
    ),
    // Calls per second in, so ours over theirs is their latency over ours.
    times(
      `${cpu} / ours, forward latency`,
      pairedRatio(forward.deltascope, forward['tfjs-cpu']),
      4,
      '≥ 4×, i.e. ours ≤ ¼',
    ),
    ...BATCH_SIZES.map((batch) => {
      const share = ceilingShare(summary, flopsPerExample, batch);
      return {
        what: `engine / ceiling at batch ${batch}`,
        shown: `${(100 * share).toFixed(0)}%`,
        goal: '≥ 50%',
        pass: share >= 0.5,
      };
    }),
  ];
}
