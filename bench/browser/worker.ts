import { MNIST_SPEC } from '../../src/engine/network';
import { BATCH_SIZES } from '../config';
import { deltaScopeSuite } from '../deltascope';
import { digitsFromBlob } from '../digit-blob';
import type { ChildMessage, RoundRequest, TaskName } from '../protocol';
import { trainTask } from '../protocol';
import { timeRound } from '../stats';

/**
 * The engine's training workloads inside a real Web Worker, on the pool the server hands out;
 * like a Node child (bench/engine-child.ts) it says it is ready, then times one round per
 * request, so its rounds interleave with Node's.
 */
const send = (message: ChildMessage) => postMessage(message);

const response = await fetch('/digits.bin');
if (!response.ok) throw new Error(`digits.bin: HTTP ${response.status}`);
const pool = digitsFromBlob(new Uint8Array(await response.arrayBuffer()), MNIST_SPEC.sizes[0]);
const suite = deltaScopeSuite(pool);
const tasks: Partial<Record<TaskName, string[]>> = {};
for (const batch of BATCH_SIZES)
  tasks[trainTask(batch)] = Object.keys(suite[trainTask(batch)] ?? {});

onmessage = (event: MessageEvent<RoundRequest>) => {
  const { task, variant, seconds } = event.data;
  const work = suite[task]?.[variant];
  if (!work) throw new Error(`the worker has no workload ${task}/${variant}`);
  send({ kind: 'rate', rate: timeRound(work, seconds) });
};
send({ kind: 'ready', notes: [navigator.userAgent], tasks });
