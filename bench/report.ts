import { PHASES } from './ceiling';
import type { BatchSize } from './config';
import {
  BATCH_SIZES,
  LEARNING_RATE,
  POOL_SIZE,
  ROUNDS,
  ROUND_SECONDS,
  WARMUP_SECONDS,
} from './config';
import type { FlopCount } from './flops';
import type { EngineName } from './protocol';
import { median } from './stats';
import type { Choice, Summary, VariantMedian } from './summary';
import { LIBRARIES, LIBRARY_LABELS, bestPeer, micros, pairedRatio } from './summary';
import type { TargetCheck } from './targets';
import { ceilingSeconds, ceilingShare, workerOverNode } from './targets';

export interface RunInfo {
  machine: string;
  loadBefore: number;
  loadAfter: number;
  seconds: number;
  notes: Partial<Record<EngineName, string[]>>;
}

export const count = (x: number) => Math.round(x).toLocaleString('en-US');
const giga = (x: number) => `${(x / 1e9).toFixed(2)} GFLOP/s`;
const us = (callsPerSecond: number) => `${micros(callsPerSecond).toFixed(1)} µs`;
const factor = (x: number) => `${x.toFixed(1)}×`;
export const spread = (v: VariantMedian) => `±${(100 * v.spread).toFixed(0)}%`;

/** Columns padded to a common width; `right` says which are right-aligned (the numbers). */
export function table(rows: string[][], right: (column: number) => boolean): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (right(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

function resultsTable(summary: Summary): string[] {
  const ours = LIBRARIES[0];
  const header = [
    '',
    ...BATCH_SIZES.flatMap((b) => [`train B=${b}`, '']),
    'forward, 1 example',
    '',
  ];
  const rows = LIBRARIES.map((lib) => [
    LIBRARY_LABELS[lib],
    ...BATCH_SIZES.flatMap((b) => {
      const theirs = summary.train[lib][b];
      return [
        `${count(theirs.median)} ex/s`,
        lib === ours ? '' : factor(pairedRatio(summary.train[ours][b], theirs)),
      ];
    }),
    us(summary.forward[lib].median),
    lib === ours ? '' : factor(pairedRatio(summary.forward[ours], summary.forward[lib])),
  ]);
  return [
    ...table([header, ...rows], (c) => c > 0),
    '(n× = how many times faster ours is: the median over rounds of the paired ratio)',
  ];
}

function variants(summary: Summary): string[] {
  const list = (choice: Choice, show: (rate: number) => string) =>
    choice.all
      .map((v) => {
        const used = v.variant === choice.variant ? ', used' : '';
        return `${v.variant} ${show(v.median)} (${spread(v)}${used})`;
      })
      .join(' · ');
  return LIBRARIES.flatMap((lib) => [
    ...BATCH_SIZES.map(
      (b) => `  ${LIBRARY_LABELS[lib]}, train B=${b}: ${list(summary.train[lib][b], count)}`,
    ),
    `  ${LIBRARY_LABELS[lib]}, forward: ${list(summary.forward[lib], us)}`,
  ]);
}

/** Per batch size, which variant each library was credited with and ours over the best tfjs. */
function winners(summary: Summary): string[] {
  return BATCH_SIZES.map((b) => {
    const credited = LIBRARIES.map(
      (lib) =>
        `${LIBRARY_LABELS[lib]} ${count(summary.train[lib][b].median)} (${summary.train[lib][b].variant})`,
    );
    const peer = bestPeer(summary, b);
    const ratio = pairedRatio(summary.train.deltascope[b], summary.train[peer][b]);
    return (
      `  B=${b}: ${credited.join(' · ')} ex/s; best tfjs ${LIBRARY_LABELS[peer]},` +
      ` ours ${factor(ratio)} it`
    );
  });
}

function ceiling(summary: Summary, flops: FlopCount): string[] {
  return [
    `  FLOPs per training example: ${count(flops.total)} = forward ${count(flops.forward)}` +
      ` + weight gradients ${count(flops.weightGradients)} + hidden δ ${count(flops.hiddenDeltas)}` +
      ` + per-neuron work ${count(flops.neurons)}`,
    `  Ceiling time per example = (forward + hidden δ) / mat-vec peak + weight gradients /` +
      ` rank-1 peak, per round; per-neuron work left out (a faster, stricter ceiling)`,
    ...BATCH_SIZES.flatMap((b: BatchSize) => {
      const ours = summary.train.deltascope[b];
      const seconds = median(ceilingSeconds(summary, flops, b));
      return [
        `  B=${b}, beside the B=${b} training rounds:`,
        ...PHASES.map((phase) => {
          const peak = summary.peak[b][phase];
          const loops = peak.all.map(
            (v) => `${v.variant.slice(phase.length + 2)} ${(v.median / 1e9).toFixed(2)}`,
          );
          return (
            `    ${phase} peak ${giga(peak.median)} (best loop of each round; mostly` +
            ` "${peak.variant}"); loops: ${loops.join(' · ')} GFLOP/s`
          );
        }),
        `    ceiling ${count(1 / seconds)} ex/s; engine ${count(ours.median)} ex/s (${spread(ours)});` +
          ` ${(100 * ceilingShare(summary, flops, b)).toFixed(0)}% of the ceiling, round by round`,
      ];
    }),
  ];
}

function worker(summary: Summary): string[] {
  return BATCH_SIZES.map((b) => {
    const rate = summary.worker[b];
    const node = summary.train.deltascope[b].median;
    const ratio = workerOverNode(summary, b);
    return (
      `  B=${b}: ${count(rate.median)} ex/s (${spread(rate)}); Node ${count(node)} ex/s;` +
      ` ${ratio.toFixed(2)}× Node, round by round`
    );
  });
}

export function targets(checks: readonly TargetCheck[]): string[] {
  const rows = checks.map((t) => [t.what, t.shown, `target ${t.goal}`, t.pass ? 'PASS' : 'FAIL']);
  const failed = checks.filter((t) => !t.pass).length;
  return [
    ...table(rows, (c) => c === 1).map((line) => `  ${line}`),
    failed === 0
      ? `All ${checks.length} targets pass.`
      : `${failed} of ${checks.length} targets FAIL.`,
  ];
}

export function formatReport(
  summary: Summary,
  flops: FlopCount,
  checks: readonly TargetCheck[],
  info: RunInfo,
): string[] {
  const notes = Object.entries(info.notes).flatMap(([engine, lines]) =>
    (lines ?? []).map((line) => `  ${engine}: ${line}`),
  );
  return [
    '',
    `DeltaScope bench: 784-16-16-10, sigmoid hidden and output, C = Σ(a − y)² averaged over the` +
      ` mini-batch, plain SGD (η = ${LEARNING_RATE}), float64 (ours) vs float32 (tfjs)`,
    `Data: the first ${count(POOL_SIZE)} real MNIST training digits, inputs = pixel / 255`,
    `Machine: ${info.machine}; load average ${info.loadBefore.toFixed(2)} at start,` +
      ` ${info.loadAfter.toFixed(2)} at end; this section took ${info.seconds.toFixed(0)} s`,
    `Method: each engine in a fresh process; every workload warmed up ${WARMUP_SECONDS} s, then` +
      ` ${ROUNDS} rounds of ${ROUND_SECONDS} s interleaved across engines; medians of the rounds`,
    '',
    ...resultsTable(summary),
    '',
    'Credited variants (training, examples/s):',
    ...winners(summary),
    '',
    'Variants timed (median, ± half the range of the rounds; each library is credited with its fastest):',
    ...variants(summary),
    '',
    'Setup:',
    ...notes,
    '',
    'Per-phase ceiling (tight loops over Float64Array, data in cache, independent accumulators):',
    ...ceiling(summary, flops),
    '',
    'DeltaScope training in a Web Worker of headless Chromium (see Setup), its rounds among the others:',
    ...worker(summary),
    '',
    'Targets:',
    ...targets(checks),
  ];
}
