/**
 * One library's recurrent training in its own fresh process, forked by recurrent-process.ts
 * under tsx with the library's name as argument: sets it up, reports ready, then times one
 * round per request until the parent disconnects.
 */
import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import { loadPool } from './pool';
import type {
  RecurrentChildMessage,
  RecurrentEngine,
  RecurrentRoundRequest,
} from './recurrent-protocol';
import { timeRound } from './stats';
import type { Library } from './summary';
import { LIBRARIES } from './summary';

async function setUp(name: Library): Promise<RecurrentEngine> {
  const pool = loadPool();
  if (name === 'deltascope') {
    const { recurrentDeltaScopeSuite } = await import('./recurrent-deltascope');
    return { notes: [], suite: recurrentDeltaScopeSuite(pool) };
  }
  const [{ recurrentTfjsSuite }, { checkSameTask }, backends] = await Promise.all([
    import('./recurrent-tfjs'),
    import('./recurrent-agreement'),
    import('./tfjs-backends'),
  ]);
  const notes = await (name === 'tfjs-cpu'
    ? backends.useCpuBackend()
    : backends.useWasmSimdBackend());
  return { notes: [...notes, ...checkSameTask(pool)], suite: recurrentTfjsSuite(pool) };
}

function send(message: RecurrentChildMessage): void {
  if (!process.send) throw new Error('recurrent-child must be started by recurrent-process.ts');
  process.send(message);
}

const name = process.argv[2] as Library;
if (!LIBRARIES.includes(name))
  throw new Error(`unknown library "${name}"; one of ${LIBRARIES.join(', ')}`);
const { notes, suite } = await setUp(name).catch((error: unknown) => {
  // Said here and ended, rather than thrown: the wasm runtime's handler would print its whole source.
  console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  return process.exit(1);
});
const variants = {} as Record<CellKind, string[]>;
for (const [cell, workloads] of Object.entries(suite))
  variants[cell as CellKind] = Object.keys(workloads);
process.on('message', (request: RecurrentRoundRequest) => {
  const work = suite[request.cell][request.variant];
  if (!work) throw new Error(`${name} has no workload ${request.cell}/${request.variant}`);
  send({ kind: 'rate', rate: timeRound(work, request.seconds) });
});
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready', notes, variants });
