import type { BatchSize } from './config';
import { BATCH_SIZES } from './config';
import type { FlopCount } from './flops';
import { median } from './stats';
import type { Summary } from './summary';
import { LIBRARY_LABELS, bestPeer, pairedRatio } from './summary';

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

function share(what: string, value: number, min: number): TargetCheck {
  return {
    what,
    shown: `${(100 * value).toFixed(0)}%`,
    goal: `≥ ${(100 * min).toFixed(0)}%`,
    pass: value >= min,
  };
}

/**
 * Seconds per training example at the ceiling, per round: the forward pass and hidden δ at the
 * best mat-vec rate plus the weight gradients at the best rank-1 rate. The per-neuron work is
 * left out, which makes the ceiling faster and the engine's share of it stricter.
 */
export function ceilingSeconds(summary: Summary, flops: FlopCount, batch: BatchSize): number[] {
  const { 'mat-vec': matVec, 'rank-1': rankOne } = summary.peak[batch];
  return matVec.rates.map(
    (rate, r) =>
      (flops.forward + flops.hiddenDeltas) / rate + flops.weightGradients / rankOne.rates[r],
  );
}

/** The engine's examples/s times the ceiling's seconds per example, paired round by round. */
export function ceilingShare(summary: Summary, flops: FlopCount, batch: BatchSize): number {
  const seconds = ceilingSeconds(summary, flops, batch);
  return median(summary.train.deltascope[batch].rates.map((rate, r) => rate * seconds[r]));
}

/** The browser worker's rate over Node's, paired round by round. */
export function workerOverNode(summary: Summary, batch: BatchSize): number {
  return pairedRatio(summary.worker[batch], summary.train.deltascope[batch]);
}

/** The targets, all as ratios from the same run (see pairedRatio). */
export function checkTargets(summary: Summary, flops: FlopCount): TargetCheck[] {
  const { train, forward } = summary;
  const cpu = LIBRARY_LABELS['tfjs-cpu'];
  return [
    ...BATCH_SIZES.map((batch) => {
      const peer = bestPeer(summary, batch);
      return times(
        `ours / best tfjs (${LIBRARY_LABELS[peer]}), training at batch ${batch}`,
        pairedRatio(train.deltascope[batch], train[peer][batch]),
        1.5,
      );
    }),
    // Calls per second in, so ours over theirs is their latency over ours.
    times(
      `${cpu} / ours, forward latency`,
      pairedRatio(forward.deltascope, forward['tfjs-cpu']),
      4,
      '≥ 4×, i.e. ours ≤ ¼',
    ),
    ...BATCH_SIZES.map((batch) =>
      share(
        `engine / per-phase ceiling at batch ${batch}`,
        ceilingShare(summary, flops, batch),
        0.7,
      ),
    ),
    ...BATCH_SIZES.map((batch) => {
      const ratio = workerOverNode(summary, batch);
      return {
        what: `Web Worker / Node, training at batch ${batch}`,
        shown: `${ratio.toFixed(2)}×`,
        goal: '≥ 0.9×',
        pass: ratio >= 0.9,
      };
    }),
  ];
}
