import { shownNumber } from '../math/shownNumber';

/** How the cost changed over the update step, in the terms the page can honestly claim. */
export type CostFall =
  | { kind: 'lower'; percent: string }
  /** So much lower that the percentage would round to 100: the fraction that is left. */
  | { kind: 'fraction'; left: string }
  /** A positive cost that underflowed to 0: below the smallest double, not gone. */
  | { kind: 'underflow' }
  | { kind: 'notLower' }
  | { kind: 'unknown' };

/**
 * The change from `before` to `after`. The networks here cannot reach a cost of exactly 0
 * (sigmoid and softmax outputs never equal their targets), so a computed 0 is an underflow
 * and "lower by 100%" is never said.
 */
export function costFall(before: number, after: number): CostFall {
  if (before === 0 && after === 0) return { kind: 'unknown' };
  if (!(after < before)) return { kind: 'notLower' };
  if (after === 0) return { kind: 'underflow' };
  const percent = shownNumber((100 * (before - after)) / before, 2);
  return percent === '100'
    ? { kind: 'fraction', left: shownNumber(after / before, 2) }
    : { kind: 'lower', percent };
}
