import { MNIST_SPEC } from '../../src/engine/network';
import type { BatchSize } from '../config';
import { BATCH_SIZES, ROUNDS, ROUND_SECONDS, WARMUP_SECONDS } from '../config';
import { deltaScopeSuite } from '../deltascope';
import { digitsFromBlob } from '../digit-blob';
import type { WorkerReport } from '../protocol';
import { trainTask } from '../protocol';
import { timeRound } from '../stats';

/** The engine's training rounds inside a real Web Worker, on the pool the server hands out. */
const response = await fetch('/digits.bin');
if (!response.ok) throw new Error(`digits.bin: HTTP ${response.status}`);
const pool = digitsFromBlob(new Uint8Array(await response.arrayBuffer()), MNIST_SPEC.sizes[0]);
const suite = deltaScopeSuite(pool);
const rates = {} as Record<BatchSize, number[]>;
for (const batch of BATCH_SIZES) {
  const train = suite[trainTask(batch)]?.createTrainingRun;
  if (!train) throw new Error(`no training workload at batch ${batch}`);
  timeRound(train, WARMUP_SECONDS);
  rates[batch] = Array.from({ length: ROUNDS }, () => timeRound(train, ROUND_SECONDS));
}
const report: WorkerReport = { userAgent: navigator.userAgent, rates };
postMessage(report);
