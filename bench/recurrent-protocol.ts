import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import type { Workload } from './stats';

/**
 * What the orchestrator (recurrent-bench.ts) and its recurrent engine processes say to each
 * other; the same shape as protocol.ts, with a cell kind where the MLP has a task.
 */

/** Per cell, one or more ways of training it for a round, named for the report; units are sequences. */
export type RecurrentSuite = Record<CellKind, Record<string, Workload>>;

export interface RecurrentEngine {
  notes: string[];
  suite: RecurrentSuite;
}

export type RecurrentChildMessage =
  | { kind: 'ready'; notes: string[]; variants: Record<CellKind, string[]> }
  | { kind: 'rate'; rate: number };

export interface RecurrentRoundRequest {
  cell: CellKind;
  variant: string;
  seconds: number;
}
