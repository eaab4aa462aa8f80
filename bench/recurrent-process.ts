import { fileURLToPath } from 'node:url';
import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import { forkBenchChild } from './child-process';
import type { RecurrentChildMessage, RecurrentRoundRequest } from './recurrent-protocol';
import type { Library } from './summary';

/** A library's recurrent training in a fresh child process (recurrent-child.ts under tsx). */
export interface RecurrentProcess {
  name: Library;
  notes: string[];
  variants: Record<CellKind, string[]>;
  /** Times one round in the child; resolves to its rate in sequences/s. */
  round(cell: CellKind, variant: string, seconds: number): Promise<number>;
  stop(): void;
}

const CHILD = fileURLToPath(new URL('./recurrent-child.ts', import.meta.url));

export async function startRecurrent(name: Library): Promise<RecurrentProcess> {
  const child = await forkBenchChild<
    Omit<Extract<RecurrentChildMessage, { kind: 'ready' }>, 'kind'>
  >(CHILD, name);
  return {
    name,
    notes: child.ready.notes,
    variants: child.ready.variants,
    round: (cell, variant, seconds) =>
      child.round({ cell, variant, seconds } satisfies RecurrentRoundRequest),
    stop: child.stop,
  };
}
