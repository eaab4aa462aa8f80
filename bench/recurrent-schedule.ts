import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import {
  RECURRENT_CELLS,
  RECURRENT_ROUNDS,
  RECURRENT_ROUND_SECONDS,
  RECURRENT_WARMUP_SECONDS,
} from './recurrent-config';
import type { RecurrentProcess } from './recurrent-process';
import type { Library } from './summary';

/** Sequences/s of one workload, one rate per round. */
export interface RecurrentSeries {
  library: Library;
  cell: CellKind;
  variant: string;
  rates: number[];
}

interface Timed {
  series: RecurrentSeries;
  child: RecurrentProcess;
}

/**
 * As schedule.ts does for the MLP: every workload warmed up first; then, cell by cell, round r
 * of every library's workloads runs before round r + 1 of any, every other round backwards.
 */
export async function measureRecurrent(
  processes: readonly RecurrentProcess[],
  log: (line: string) => void,
): Promise<RecurrentSeries[]> {
  const groups = RECURRENT_CELLS.map((cell) =>
    processes.flatMap((child): Timed[] =>
      child.variants[cell].map((variant) => ({
        series: { library: child.name, cell, variant, rates: [] },
        child,
      })),
    ),
  );
  const count = groups.reduce((n, timed) => n + timed.length, 0);
  log(`warming up ${count} recurrent workloads for ${RECURRENT_WARMUP_SECONDS} s each`);
  for (const { series, child } of groups.flat())
    await child.round(series.cell, series.variant, RECURRENT_WARMUP_SECONDS);
  for (const timed of groups) {
    log(`${timed[0].series.cell}: ${RECURRENT_ROUNDS} rounds of ${timed.length} workloads`);
    for (let r = 0; r < RECURRENT_ROUNDS; r++) {
      for (const { series, child } of r % 2 === 0 ? timed : [...timed].reverse()) {
        series.rates.push(await child.round(series.cell, series.variant, RECURRENT_ROUND_SECONDS));
      }
    }
  }
  return groups.flatMap((timed) => timed.map((t) => t.series));
}
