import type { BatchSize } from './config';
import type { Workload } from './stats';

/** What the orchestrator (bench/run.ts) and its engine processes say to each other. */

/** Round-robin order: the ceiling right after our engine, so their paired rounds run back to back. */
export const ENGINES = ['deltascope', 'ceiling', 'tfjs-cpu', 'tfjs-wasm'] as const;
export type EngineName = (typeof ENGINES)[number];

/** Training at a batch size (examples/s), one-example forward (calls/s) or the peak loop (FLOP/s). */
export type TaskName = `train-${BatchSize}` | 'forward' | 'peak';

export function trainTask(batch: BatchSize): TaskName {
  return `train-${batch}`;
}

/** An engine's workloads: per task, one or more ways of doing it, named for the report. */
export type Suite = Partial<Record<TaskName, Record<string, Workload>>>;

export interface Engine {
  /** Facts about the setup worth printing, e.g. which wasm binary is in use. */
  notes: string[];
  suite: Suite;
}

export type ChildMessage =
  | { kind: 'ready'; notes: string[]; tasks: Partial<Record<TaskName, string[]>> }
  | { kind: 'rate'; rate: number };

/** Run one round of a workload for at least `seconds`; the child answers with its rate. */
export interface RoundRequest {
  task: TaskName;
  variant: string;
  seconds: number;
}

/** What the bench page's worker measures: the engine's training rounds at each batch size. */
export interface WorkerReport {
  userAgent: string;
  rates: Record<BatchSize, number[]>;
}

/** The function the bench page puts on window for Playwright to call. */
export interface BenchPage {
  runWorkerBench(): Promise<WorkerReport>;
}
