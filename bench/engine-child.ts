/**
 * One engine in its own fresh process, forked by bench/run.ts under tsx with the engine's name
 * as argument: sets the engine up, reports ready, then times one round per request until the
 * parent disconnects.
 */
import type { ChildMessage, Engine, NodeEngineName, RoundRequest, TaskName } from './protocol';
import { NODE_ENGINES } from './protocol';
import { timeRound } from './stats';

async function setUp(name: NodeEngineName): Promise<Engine> {
  switch (name) {
    case 'deltascope': {
      const [{ loadPool }, { deltaScopeSuite }] = await Promise.all([
        import('./pool'),
        import('./deltascope'),
      ]);
      return { notes: [], suite: deltaScopeSuite(loadPool()) };
    }
    case 'tfjs-cpu':
    case 'tfjs-wasm': {
      const [{ loadPool }, { tfjsSuite }, backends] = await Promise.all([
        import('./pool'),
        import('./tfjs'),
        import('./tfjs-backends'),
      ]);
      const notes = await (name === 'tfjs-cpu'
        ? backends.useCpuBackend()
        : backends.useWasmSimdBackend());
      const engine = tfjsSuite(loadPool());
      return { notes: [...notes, ...engine.notes], suite: engine.suite };
    }
    case 'ceiling': {
      const { ceilingWorkloads } = await import('./ceiling');
      return { notes: [], suite: { peak: ceilingWorkloads() } };
    }
  }
}

function send(message: ChildMessage): void {
  if (!process.send) throw new Error('engine-child must be started by bench/run.ts (needs IPC)');
  process.send(message);
}

const name = process.argv[2] as NodeEngineName;
if (!NODE_ENGINES.includes(name))
  throw new Error(`unknown engine "${name}"; one of ${NODE_ENGINES.join(', ')}`);
const { notes, suite } = await setUp(name);
const tasks: Partial<Record<TaskName, string[]>> = {};
for (const [task, variants] of Object.entries(suite))
  tasks[task as TaskName] = Object.keys(variants);
process.on('message', (request: RoundRequest) => {
  const work = suite[request.task]?.[request.variant];
  if (!work) throw new Error(`${name} has no workload ${request.task}/${request.variant}`);
  send({ kind: 'rate', rate: timeRound(work, request.seconds) });
});
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready', notes, tasks });
