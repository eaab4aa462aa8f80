import { loadavg } from 'node:os';
import type { RecurrentProcess } from './recurrent-process';
import { startRecurrent } from './recurrent-process';
import { formatRecurrentReport } from './recurrent-report';
import { measureRecurrent } from './recurrent-schedule';
import { summariseRecurrent } from './recurrent-summary';
import { checkRecurrentTargets } from './recurrent-targets';
import type { Library } from './summary';
import { LIBRARIES } from './summary';
import type { TargetCheck } from './targets';

export interface RecurrentBench {
  report: string[];
  checks: TargetCheck[];
}

/**
 * The recurrent section of `npm run bench`: every library in its own fresh process, each cell's
 * training timed round-robin across them, then shut down, summarised and checked.
 */
export async function runRecurrentBench(
  machine: string,
  log: (line: string) => void,
): Promise<RecurrentBench> {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const processes: RecurrentProcess[] = [];
  try {
    for (const name of LIBRARIES) {
      log(`starting recurrent ${name}`);
      processes.push(await startRecurrent(name));
    }
    const series = await measureRecurrent(processes, log);
    const notes: Partial<Record<Library, string[]>> = {};
    for (const p of processes) if (p.notes.length > 0) notes[p.name] = p.notes;
    const summary = summariseRecurrent(series);
    const checks = checkRecurrentTargets(summary);
    const report = formatRecurrentReport(summary, checks, {
      machine,
      loadBefore,
      loadAfter: loadavg()[0],
      seconds: (performance.now() - started) / 1000,
      notes,
    });
    return { report, checks };
  } finally {
    for (const p of processes) p.stop();
  }
}
