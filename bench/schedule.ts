import { BATCH_SIZES, ROUNDS, ROUND_SECONDS, WARMUP_SECONDS } from './config';
import type { EngineProcess } from './engine-process';
import type { EngineName, TaskName } from './protocol';
import { trainTask } from './protocol';

/** Rates of one workload, one per round. */
export interface Series {
  engine: EngineName;
  /** The task group it was timed in: the ceiling's peak loop runs beside each training task. */
  group: TaskName;
  task: TaskName;
  variant: string;
  rates: number[];
}

interface Timed {
  series: Series;
  engine: EngineProcess;
}

const GROUPS: readonly TaskName[] = [...BATCH_SIZES.map(trainTask), 'forward'];

function workloadsOf(engines: readonly EngineProcess[], group: TaskName): Timed[] {
  const timed: Timed[] = [];
  for (const engine of engines) {
    const task: TaskName = engine.name === 'ceiling' ? 'peak' : group;
    if (task === 'peak' && group === 'forward') continue;
    for (const variant of engine.tasks[task] ?? []) {
      timed.push({ series: { engine: engine.name, group, task, variant, rates: [] }, engine });
    }
  }
  return timed;
}

/**
 * Every workload is warmed up first, so the engines' start-up work (JIT, GC of set-up garbage)
 * is over before any timing. Then each task group is timed round-robin: round r of every
 * workload runs before round r + 1 of any, so drifts in machine load hit all of them alike, and
 * every other round runs backwards, so no workload always follows the same neighbour.
 */
export async function measureAll(
  engines: readonly EngineProcess[],
  log: (line: string) => void,
): Promise<Series[]> {
  const groups = GROUPS.map((group) => ({ group, timed: workloadsOf(engines, group) }));
  const count = groups.reduce((n, g) => n + g.timed.length, 0);
  log(`warming up ${count} workloads for ${WARMUP_SECONDS} s each`);
  for (const { timed } of groups) {
    for (const { series, engine } of timed) {
      await engine.round(series.task, series.variant, WARMUP_SECONDS);
    }
  }
  for (const { group, timed } of groups) {
    log(`${group}: ${ROUNDS} rounds of ${timed.length} workloads`);
    for (let r = 0; r < ROUNDS; r++) {
      for (const { series, engine } of r % 2 === 0 ? timed : [...timed].reverse()) {
        series.rates.push(await engine.round(series.task, series.variant, ROUND_SECONDS));
      }
    }
  }
  return groups.flatMap((g) => g.timed.map((t) => t.series));
}
