import type { Network } from '../engine/network';
import type { HistoryPoint } from './protocol';

/** A test-set score kept with a point, so going back to it needs no re-scoring. */
export interface StoredScore {
  accuracy: number;
  cost: number;
  guesses: Uint8Array;
  confidence: Float32Array;
}

/** One saved moment of a run: the weights, where the run was, and (once scored) its score. */
export interface RunPoint {
  examplesSeen: number;
  epochSize: number;
  weights: Float64Array[];
  biases: Float64Array[];
  /** The weights version the point was taken at: a score for another version is not its own. */
  weightsVersion: number;
  score: StoredScore | null;
}

/**
 * Points at most: 3Blue1Brown's network is 13,002 doubles (≈104 kB), so 100 points hold about
 * 10 MB of weights (and 50 kB of test answers each).
 */
export const MAX_POINTS = 100;

/**
 * The first points come quickly, since a network from random weights learns most in its first
 * few thousand examples (10% → 85% test accuracy in 10,000): a point at 1,000 examples, then
 * each twice as far in, up to one every `steadyEvery` (a quarter of an epoch), and then
 * evenly; every thinning doubles that interval.
 */
const FIRST_POINT_AT = 1_000;

/**
 * A run's saved points, for the history scrubber: recorded on a schedule, thinned to at most
 * MAX_POINTS (every other steady point goes, the early points stay), cut back when training
 * resumes from an earlier point.
 */
export function createRunHistory(steadyEvery: number, maxPoints = MAX_POINTS) {
  let points: RunPoint[] = [];
  let interval = steadyEvery;

  /** Removes every other steady point (never the early ones or the newest) and spaces the rest wider. */
  function thin(): void {
    interval *= 2;
    const early = points.filter((p) => p.examplesSeen < steadyEvery);
    const steady = points.filter((p) => p.examplesSeen >= steadyEvery);
    const kept = steady.filter((_, i) => i % 2 === 1 || i === steady.length - 1);
    points = [...early, ...kept];
  }

  return {
    get points(): readonly RunPoint[] {
      return points;
    },
    /** The number of examples at which the next point is due. */
    nextDue(): number {
      const last = points.at(-1);
      if (!last) return 0;
      if (last.examplesSeen < FIRST_POINT_AT) return FIRST_POINT_AT;
      if (last.examplesSeen < steadyEvery) return Math.min(last.examplesSeen * 2, steadyEvery);
      return last.examplesSeen + interval;
    },
    /** Saves a copy of the network's weights as they are now. */
    record(net: Network, examplesSeen: number, epochSize: number, weightsVersion: number) {
      const point: RunPoint = {
        examplesSeen,
        epochSize,
        weights: net.weights.map((w) => w.slice()),
        biases: net.biases.map((b) => b.slice()),
        weightsVersion,
        score: null,
      };
      points.push(point);
      if (points.length > maxPoints) thin();
      return point;
    },
    /** Drops the points after `index`: training went on from there instead. */
    cutAfter(index: number): void {
      points = points.slice(0, index + 1);
    },
    clear(): void {
      points = [];
      interval = steadyEvery;
    },
    /** What the page is told: where each point is and how it scored. */
    summary(): HistoryPoint[] {
      return points.map(({ examplesSeen, epochSize, score }) => ({
        examplesSeen,
        epochSize,
        cost: score?.cost ?? null,
        accuracy: score?.accuracy ?? null,
      }));
    },
  };
}

export type RunHistory = ReturnType<typeof createRunHistory>;
