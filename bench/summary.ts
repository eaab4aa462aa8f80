import type { Phase } from './ceiling';
import { phaseOf } from './ceiling';
import type { BatchSize } from './config';
import { BATCH_SIZES } from './config';
import type { EngineName, TaskName } from './protocol';
import { WORKER_ENGINE, trainTask } from './protocol';
import type { Series } from './schedule';
import { median } from './stats';

/** The libraries compared, in table order, and their names in the report. */
export const LIBRARIES = ['deltascope', 'tfjs-cpu', 'tfjs-wasm'] as const;
export type Library = (typeof LIBRARIES)[number];
export const LIBRARY_LABELS: Record<Library, string> = {
  deltascope: 'DeltaScope (ours)',
  'tfjs-cpu': 'tfjs CPU',
  'tfjs-wasm': 'tfjs wasm SIMD',
};

export interface VariantMedian {
  variant: string;
  median: number;
  /** Half the range of the rounds over the median: how noisy the machine was. */
  spread: number;
}

/** One task of one engine: its fastest variant's rounds, and how every variant did. */
export interface Choice extends VariantMedian {
  rates: number[];
  all: VariantMedian[];
}

export interface Summary {
  /** Training examples/s at each batch size and one-example forward calls/s. */
  train: Record<Library, Record<BatchSize, Choice>>;
  forward: Record<Library, Choice>;
  /** Our engine's training in the browser's Web Worker, rounds interleaved with Node's. */
  worker: Record<BatchSize, Choice>;
  /**
   * FLOP/s of each phase's ceiling loops, timed beside the training rounds of each batch size;
   * the rates are the best loop of that phase in each round.
   */
  peak: Record<BatchSize, Record<Phase, Choice>>;
}

function describe(variant: string, rates: number[]): VariantMedian {
  const mid = median(rates);
  return { variant, median: mid, spread: (Math.max(...rates) - Math.min(...rates)) / (2 * mid) };
}

/** Of one task's variants, the one with the highest median: each library is credited with its fastest. */
export function fastestOf(timed: readonly { variant: string; rates: number[] }[]): Choice {
  const all = timed.map((s) => describe(s.variant, s.rates));
  const best = all.reduce((a, b) => (b.median > a.median ? b : a));
  return { ...best, rates: timed[all.indexOf(best)].rates, all };
}

function fastest(series: readonly Series[], engine: EngineName, group: TaskName): Choice {
  const mine = series.filter((s) => s.engine === engine && s.group === group);
  if (mine.length === 0) throw new Error(`no rounds of ${engine} in ${group}`);
  return fastestOf(mine);
}

/** A phase's ceiling: per round, the fastest of its loops; the loop that won most rounds is named. */
function peak(series: readonly Series[], batch: BatchSize, phase: Phase): Choice {
  const loops = series.filter(
    (s) => s.engine === 'ceiling' && s.group === trainTask(batch) && phaseOf(s.variant) === phase,
  );
  if (loops.length === 0) throw new Error(`no ${phase} ceiling rounds beside batch ${batch}`);
  const winners = loops[0].rates.map((_, r) =>
    loops.reduce((a, b) => (b.rates[r] > a.rates[r] ? b : a)),
  );
  const rates = winners.map((s, r) => s.rates[r]);
  const wins = (s: Series) => winners.filter((w) => w === s).length;
  const top = loops.reduce((a, b) => (wins(b) > wins(a) ? b : a));
  return {
    ...describe(top.variant, rates),
    rates,
    all: loops.map((s) => describe(s.variant, s.rates)),
  };
}

function perBatch<T>(pick: (batch: BatchSize) => T): Record<BatchSize, T> {
  return Object.fromEntries(BATCH_SIZES.map((b) => [b, pick(b)])) as Record<BatchSize, T>;
}

function perLibrary<T>(pick: (library: Library) => T): Record<Library, T> {
  return Object.fromEntries(LIBRARIES.map((l) => [l, pick(l)])) as Record<Library, T>;
}

export function summarise(series: readonly Series[]): Summary {
  return {
    train: perLibrary((l) => perBatch((b) => fastest(series, l, trainTask(b)))),
    forward: perLibrary((l) => fastest(series, l, 'forward')),
    worker: perBatch((b) => fastest(series, WORKER_ENGINE, trainTask(b))),
    peak: perBatch((b) => ({
      'mat-vec': peak(series, b, 'mat-vec'),
      'rank-1': peak(series, b, 'rank-1'),
    })),
  };
}

/**
 * The median over rounds of a's rate over b's in the same round. Rounds of different engines
 * run close together, so this cancels the machine's slower swings better than a ratio of medians.
 */
export function pairedRatio(a: Choice, b: Choice): number {
  return median(a.rates.map((rate, r) => rate / b.rates[r]));
}

/** The TensorFlow.js backend fastest at a batch size, each credited with its fastest variant. */
export function bestPeer(summary: Summary, batch: BatchSize): Library {
  const peers = LIBRARIES.filter((l) => l !== 'deltascope');
  return peers.reduce((a, b) =>
    summary.train[b][batch].median > summary.train[a][batch].median ? b : a,
  );
}

/** Microseconds per call from calls per second. */
export function micros(callsPerSecond: number): number {
  return 1e6 / callsPerSecond;
}
