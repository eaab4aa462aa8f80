import { fileURLToPath } from 'node:url';
import { forkBenchChild } from './child-process';
import type { ChildMessage, EngineName, NodeEngineName, RoundRequest, TaskName } from './protocol';

/** An engine the round-robin times: a Node child process, or the browser's worker. */
export interface EngineProcess {
  name: EngineName;
  notes: string[];
  tasks: Partial<Record<TaskName, string[]>>;
  /** Times one round in the child; resolves to its rate. */
  round(task: TaskName, variant: string, seconds: number): Promise<number>;
  stop(): void | Promise<void>;
}

const CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url));

/** An engine in a fresh child process (bench/engine-child.ts under tsx). */
export async function startEngine(name: NodeEngineName): Promise<EngineProcess> {
  const child = await forkBenchChild<Omit<Extract<ChildMessage, { kind: 'ready' }>, 'kind'>>(
    CHILD,
    name,
  );
  return {
    name,
    notes: child.ready.notes,
    tasks: child.ready.tasks,
    round: (task, variant, seconds) =>
      child.round({ task, variant, seconds } satisfies RoundRequest),
    stop: child.stop,
  };
}
