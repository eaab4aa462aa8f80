import { fork } from 'node:child_process';
import type { Serializable } from 'node:child_process';

/** What every bench child says: first that it is ready (with its own facts), then rates. */
type ChildMessage<Ready> = ({ kind: 'ready' } & Ready) | { kind: 'rate'; rate: number };

export interface BenchChild<Ready> {
  /** The child's ready message: its notes and the workloads it offers. */
  ready: Ready;
  /** Sends one round request; resolves to the rate the child measured. */
  round(request: Serializable): Promise<number>;
  stop(): void;
}

/** Forks a bench child script under tsx and waits until it says it is ready. */
export async function forkBenchChild<Ready extends object>(
  script: string,
  name: string,
): Promise<BenchChild<Ready>> {
  const child = fork(script, [name], { execArgv: ['--import', 'tsx'] });
  // One request at a time, so the next message is always the answer to the pending one.
  const next = () =>
    new Promise<ChildMessage<Ready>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message: ChildMessage<Ready>) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const ready = await next();
  if (ready.kind !== 'ready') throw new Error(`${name}: expected ready, got ${ready.kind}`);
  return {
    ready,
    async round(request) {
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
}
