import { POOL_SIZE } from './config';
import { CYCLED_BATCHES } from './recurrent-batches';
import {
  ADAM,
  RECURRENT_BATCH,
  RECURRENT_CELLS,
  RECURRENT_ROUNDS,
  RECURRENT_ROUND_SECONDS,
  RECURRENT_WARMUP_SECONDS,
  recurrentSpec,
} from './recurrent-config';
import type { RecurrentSummary } from './recurrent-summary';
import { RECURRENT_TARGETS, checkRecurrentTarget } from './recurrent-targets';
import type { RunInfo } from './report';
import { count, spread, table, targets } from './report';
import type { Choice } from './summary';
import { LIBRARIES, LIBRARY_LABELS } from './summary';
import type { TargetCheck } from './targets';

const rate = (choice: Choice) => `${count(choice.median)} seq/s`;

/** A row per cell: each library's rate, and ours over each tfjs backend against its target. */
function resultsTable(summary: RecurrentSummary): string[] {
  const header = [
    '',
    LIBRARY_LABELS.deltascope,
    ...RECURRENT_TARGETS.flatMap((t) => [LIBRARY_LABELS[t.library], `n× (≥ ${t.min}×)`]),
  ];
  const rows = RECURRENT_CELLS.map((cell) => [
    cell.toUpperCase(),
    rate(summary[cell].deltascope),
    ...RECURRENT_TARGETS.flatMap((target) => {
      const check = checkRecurrentTarget(summary, cell, target);
      return [
        rate(summary[cell][target.library]),
        `${check.shown} ${check.pass ? 'PASS' : 'FAIL'}`,
      ];
    }),
  ]);
  return [
    ...table([header, ...rows], (c) => c > 0),
    '(n× = how many times faster ours is: the median over rounds of the paired ratio)',
  ];
}

function variants(summary: RecurrentSummary): string[] {
  return RECURRENT_CELLS.flatMap((cell) =>
    LIBRARIES.map((library) => {
      const choice = summary[cell][library];
      const all = choice.all.map((v) => {
        const used = v.variant === choice.variant ? ', used' : '';
        return `${v.variant} ${count(v.median)} (${spread(v)}${used})`;
      });
      return `  ${LIBRARY_LABELS[library]}, ${cell.toUpperCase()}: ${all.join(' · ')}`;
    }),
  );
}

export function formatRecurrentReport(
  summary: RecurrentSummary,
  checks: readonly TargetCheck[],
  info: RunInfo,
): string[] {
  const { inputSize, hiddenSize, classes } = recurrentSpec('rnn');
  const notes = Object.entries(info.notes).flatMap(([library, lines]) =>
    (lines ?? []).map((line) => `  ${library}: ${line}`),
  );
  return [
    '',
    `DeltaScope recurrent bench: sequential MNIST (${inputSize} steps of ${inputSize} pixels),` +
      ` RNN / GRU / LSTM with ${hiddenSize} hidden units, ${classes} classes read from the last` +
      ` hidden state, softmax cross-entropy averaged over mini-batches of ${RECURRENT_BATCH},` +
      ` Adam (η = ${ADAM.learningRate}, β = ${ADAM.beta1}, ${ADAM.beta2}, ε = ${ADAM.epsilon}),` +
      ` float64 (ours) vs float32 (tfjs layers)`,
    `Data: the first ${count(POOL_SIZE)} real MNIST training digits read row by row, pixel / 255,` +
      ` shuffled once; the same ${CYCLED_BATCHES} mini-batches cycled in the same order by every library`,
    `Machine: ${info.machine}; load average ${info.loadBefore.toFixed(2)} at start,` +
      ` ${info.loadAfter.toFixed(2)} at end; this section took ${info.seconds.toFixed(0)} s`,
    `Method: each library in a fresh process; every workload warmed up ${RECURRENT_WARMUP_SECONDS} s,` +
      ` then, cell by cell, ${RECURRENT_ROUNDS} rounds of ${RECURRENT_ROUND_SECONDS} s interleaved` +
      ` across libraries; medians of the rounds, in sequences/s`,
    '',
    ...resultsTable(summary),
    '',
    'Variants timed (median seq/s, ± half the range of the rounds; each library is credited with its fastest):',
    ...variants(summary),
    '',
    'Setup (tfjs starts from our initial weights, gate blocks moved to Keras order, logistic σ gates;' +
      ' its GRU applies the reset before U, resetAfter = false being its only mode, as ours does):',
    ...notes,
    '',
    'Targets:',
    ...targets(checks),
  ];
}
