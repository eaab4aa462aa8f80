import { createRng, shuffle } from '../engine/random';
import type { Params, Points } from './regression';
import { regressionCost, regressionGradient } from './regression';

/**
 * Stochastic gradient descent's mini-batches: every epoch the n indices are shuffled (seeded by
 * the run's seed and the epoch) and cut into consecutive batches, the last one possibly short.
 * A pure function of the step number, so a run can be replayed or reset without hidden state.
 */
export function batchesPerEpoch(n: number, batchSize: number): number {
  return Math.ceil(n / batchSize);
}

export function miniBatch(n: number, batchSize: number, seed: number, step: number): Uint32Array {
  const perEpoch = batchesPerEpoch(n, batchSize);
  const epoch = Math.floor(step / perEpoch);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  shuffle(order, createRng(seed + 7919 * epoch));
  const start = (step % perEpoch) * batchSize;
  return order.subarray(start, Math.min(n, start + batchSize));
}

/** w ← w − η ∂C/∂w, b ← b − η ∂C/∂b, the gradient taken over the given points (or all). */
export function descentStep(
  points: Points,
  p: Params,
  rate: number,
  indices?: Uint32Array,
): Params {
  const g = regressionGradient(points, p, indices);
  return { w: p.w - rate * g.w, b: p.b - rate * g.b };
}

/** A position this far out, or a non-finite cost, means the run has diverged. */
const ESCAPE = 1e4;

export function diverged(points: Points, p: Params): boolean {
  return (
    !Number.isFinite(regressionCost(points, p)) || Math.abs(p.w) > ESCAPE || Math.abs(p.b) > ESCAPE
  );
}

export interface DescentRun {
  /** Full-batch gradient descent: every step uses all n points. */
  gd: Params[];
  /** SGD: step s uses mini-batch s. */
  sgd: Params[];
  steps: number;
  /** Set when a step was refused because it ran away; the paths stop before it. */
  divergedAt: number | null;
}

export function startRun(start: Params): DescentRun {
  return { gd: [start], sgd: [start], steps: 0, divergedAt: null };
}

/** One more step of both methods, at the same rate, from where each path is. */
export function advanceRun(
  run: DescentRun,
  points: Points,
  rate: number,
  batchSize: number,
  seed: number,
): DescentRun {
  if (run.divergedAt !== null) return run;
  const n = points.xs.length;
  const gd = descentStep(points, run.gd[run.gd.length - 1], rate);
  const batch = miniBatch(n, batchSize, seed, run.steps);
  const sgd = descentStep(points, run.sgd[run.sgd.length - 1], rate, batch);
  if (diverged(points, gd) || diverged(points, sgd)) return { ...run, divergedAt: run.steps };
  return { gd: [...run.gd, gd], sgd: [...run.sgd, sgd], steps: run.steps + 1, divergedAt: null };
}
