/**
 * `npm run bench`: DeltaScope's engine against TensorFlow.js (CPU and wasm SIMD backends) and
 * against the measured ceiling of plain JavaScript arithmetic, in Node and in a browser Worker;
 * then recurrent training (RNN, GRU, LSTM on sequential MNIST) against tfjs's recurrent layers
 * on both backends; then the app's own frame times and draw-to-answer latency in headless
 * Chromium. Exits 1 if a target is missed.
 *
 * `npm run bench -- mlp` runs the MLP race alone; `npm run bench -- recurrent` the recurrent
 * section alone (about three minutes).
 */
import { cpus, loadavg } from 'node:os';
import { MNIST_SPEC } from '../src/engine/network';
import { startWorkerEngine } from './browser-bench';
import type { EngineProcess } from './engine-process';
import { startEngine } from './engine-process';
import { trainingFlopsPerExample } from './flops';
import { loadPool } from './pool';
import type { EngineName } from './protocol';
import { ENGINES, WORKER_ENGINE } from './protocol';
import { runRecurrentBench } from './recurrent-bench';
import { formatReport, targets } from './report';
import { measureAll } from './schedule';
import { summarise } from './summary';
import type { TargetCheck } from './targets';
import { checkTargets } from './targets';
import { firstAnswerChecks, formatFirstAnswer, measureFirstAnswer } from './first-answer';
import { formatUiReport, measureUi, uiChecks } from './ui-bench';

const SECTIONS = ['mlp', 'recurrent'] as const;

const log = (line: string) => console.log(`· ${line}`);
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;

/**
 * Every engine in its own fresh process (ours also in a browser's Web Worker), all measured
 * round-robin, then shut down.
 */
async function measureEngines() {
  const engines: EngineProcess[] = [];
  try {
    for (const name of ENGINES) {
      log(`starting ${name}`);
      engines.push(
        await (name === WORKER_ENGINE ? startWorkerEngine(loadPool()) : startEngine(name)),
      );
    }
    const notes: Partial<Record<EngineName, string[]>> = {};
    for (const e of engines) if (e.notes.length > 0) notes[e.name] = e.notes;
    return { series: await measureAll(engines, log), notes };
  } finally {
    await Promise.all(engines.map((engine) => engine.stop()));
  }
}

/** The MLP race in Node and in a browser worker; prints its report and returns its checks. */
async function mlpSection(): Promise<TargetCheck[]> {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const { series, notes } = await measureEngines();

  const summary = summarise(series);
  const flops = trainingFlopsPerExample(MNIST_SPEC.sizes);
  const checks = checkTargets(summary, flops);
  const report = formatReport(summary, flops, checks, {
    machine,
    loadBefore,
    loadAfter: loadavg()[0],
    seconds: (performance.now() - started) / 1000,
    notes,
  });
  console.log(report.join('\n'));
  return checks;
}

const only = process.argv[2];
if (only !== undefined && !(SECTIONS as readonly string[]).includes(only))
  throw new Error(
    `unknown bench section "${only}"; one of ${SECTIONS.join(', ')}, or none for all`,
  );
const started = performance.now();
const checks = only === 'recurrent' ? [] : await mlpSection();
if (only !== 'mlp') {
  const recurrent = await runRecurrentBench(machine, log);
  console.log(recurrent.report.join('\n'));
  checks.push(...recurrent.checks);
}
if (only === undefined) {
  log('building the app and timing cold loads to its first answer in headless Chromium');
  const firstAnswers = await measureFirstAnswer();
  log('measuring frames and draw latency while training, at each CPU slowdown');
  const ui = await measureUi();
  const appChecks = [...firstAnswerChecks(firstAnswers), ...uiChecks(ui)];
  console.log(
    ['', ...formatFirstAnswer(firstAnswers), ...formatUiReport(ui), ...targets(appChecks)].join(
      '\n',
    ),
  );
  checks.push(...appChecks);
  log(`the whole bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
if (checks.some((t) => !t.pass)) process.exitCode = 1;
