import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, EngineName, RoundRequest, TaskName } from './protocol';

/** An engine running in a fresh child process (bench/engine-child.ts under tsx). */
export interface EngineProcess {
  name: EngineName;
  notes: string[];
  tasks: Partial<Record<TaskName, string[]>>;
  /** Times one round in the child; resolves to its rate. */
  round(task: TaskName, variant: string, seconds: number): Promise<number>;
  stop(): void;
}

const CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url));

export function startEngine(name: EngineName): Promise<EngineProcess> {
  const child = fork(CHILD, [name], { execArgv: ['--import', 'tsx'] });
  // One request at a time, so the next message is always the answer to the pending one.
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message: ChildMessage) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  return next().then((ready) => {
    if (ready.kind !== 'ready') throw new Error(`${name}: expected ready, got ${ready.kind}`);
    return {
      name,
      notes: ready.notes,
      tasks: ready.tasks,
      async round(task, variant, seconds) {
        const request: RoundRequest = { task, variant, seconds };
        const answer = next();
        child.send(request);
        const reply = await answer;
        if (reply.kind !== 'rate') throw new Error(`${name}: expected a rate, got ${reply.kind}`);
        return reply.rate;
      },
      stop() {
        child.disconnect();
      },
    };
  });
}
