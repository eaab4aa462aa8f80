import type { BatchSize } from './config';
import type { Workload } from './stats';

/** What the orchestrator (bench/run.ts) and its engine processes say to each other. */

/** The engines that run in a Node child process (bench/engine-child.ts). */
export const NODE_ENGINES = ['deltascope', 'ceiling', 'tfjs-cpu', 'tfjs-wasm'] as const;
export type NodeEngineName = (typeof NODE_ENGINES)[number];
/** Our engine in a Web Worker of headless Chromium (bench/browser-bench.ts). */
export const WORKER_ENGINE = 'deltascope-worker';
export type EngineName = NodeEngineName | typeof WORKER_ENGINE;
/**
 * Round-robin order: the ceiling and the worker right after our engine in Node, so the rounds
 * their ratios pair run back to back.
 */
export const ENGINES: readonly EngineName[] = [
  'deltascope',
  'ceiling',
  WORKER_ENGINE,
  'tfjs-cpu',
  'tfjs-wasm',
];

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

export type ReadyMessage = Extract<ChildMessage, { kind: 'ready' }>;

/**
 * What the bench page puts on window for Playwright to call: its worker answers round requests
 * as a Node child does, so the orchestrator times it in the same round-robin.
 */
export interface BenchPage {
  startWorker(): Promise<ReadyMessage>;
  round(request: RoundRequest): Promise<number>;
}
