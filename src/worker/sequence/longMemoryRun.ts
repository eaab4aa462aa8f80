import type { DigitSet } from '../../engine/dataset';
import { sliceDigits } from '../../engine/dataset';
import {
  LONG_MEMORY_BATCH_SIZE,
  LONG_MEMORY_EXAMPLES,
  LONG_MEMORY_SEED,
  LONG_MEMORY_TEST_DIGITS,
  createLongMemoryModel,
  createLongMemoryTrainer,
  longMemoryOrder,
  longMemorySequences,
  longMemoryTrainingDigits,
} from '../../engine/recurrent/longMemory';
import type { RecurrentModel } from '../../engine/recurrent/recurrentModel';
import type { RecurrentTrainer } from '../../engine/recurrent/recurrentTrainer';
import { traceSequence } from '../../engine/recurrent/recurrentTrace';
import type { SequenceSet } from '../../engine/recurrent/sequences';
import { MNIST_TRAIN_COUNT } from '../../data/packedDigits';
import { norm } from '../../engine/recurrent/vectorNorm';
import type { SequenceEnvironment } from './sequenceEnvironment';
import type { LongMemorySettings } from './sequenceProtocol';

/** Training between yields: short, so a stop or a digit drawn meanwhile is answered at once. */
const SLICE_MS = 25;
/** Progress reaches the page this often. */
const REPORT_MS = 250;
/** Held-out accuracy is measured after every this many training examples… */
const HELD_OUT_EVERY = 2_000;
/** …on this many held-out digits, so a measurement takes a fraction of a second; all at the end. */
const HELD_OUT_DURING = 250;

interface Run {
  runId: number;
  settings: LongMemorySettings;
  model: RecurrentModel;
  trainer: RecurrentTrainer;
  train: SequenceSet;
  heldOut: SequenceSet;
  probe: Float64Array;
  /** Which pool example each of the run's sequences is, LONG_MEMORY_EXAMPLES in all. */
  order: Uint32Array;
  examplesSeen: number;
  sinceReport: { costSum: number; correct: number; count: number };
  heldOutAccuracy: number | null;
  nextHeldOut: number;
  lastReport: number;
}

/**
 * Trains a fresh cell on the long-memory task in time slices, reporting progress a few times a
 * second: the cost, held-out accuracy, and how much of the error reaches each step of one
 * held-out digit. One run at a time; a new start replaces the run before.
 */
export function createLongMemoryRun(
  env: SequenceEnvironment,
  trainDigits: () => Promise<DigitSet>,
  fail: (error: unknown) => void,
) {
  let run: Run | null = null;
  /** The run asked for last; one still waiting for the digits is dropped when this moves on. */
  let latestId: number | null = null;

  function begin(digits: DigitSet, runId: number, settings: LongMemorySettings): Run {
    const model = createLongMemoryModel(settings.cell, LONG_MEMORY_SEED, settings.forgetBias);
    const pool = longMemoryTrainingDigits(digits);
    // Held out: the start of the official validation part, never trained on.
    const held = sliceDigits(
      digits,
      MNIST_TRAIN_COUNT,
      MNIST_TRAIN_COUNT + LONG_MEMORY_TEST_DIGITS,
    );
    const heldOut = longMemorySequences(held, settings.delay, settings.filler);
    const probe = new Float64Array(heldOut.steps * heldOut.inputSize);
    heldOut.write(0, probe, 0);
    return {
      runId,
      settings,
      model,
      trainer: createLongMemoryTrainer(model),
      train: longMemorySequences(pool, settings.delay, settings.filler),
      heldOut,
      probe,
      order: longMemoryOrder(pool.count),
      examplesSeen: 0,
      sinceReport: { costSum: 0, correct: 0, count: 0 },
      heldOutAccuracy: null,
      nextHeldOut: HELD_OUT_EVERY,
      lastReport: env.now(),
    };
  }

  function report(r: Run, running: boolean): void {
    const { costSum, correct, count } = r.sinceReport;
    const trace = traceSequence(r.model, r.probe, r.heldOut.steps, r.heldOut.labels[0]);
    env.post({
      type: 'long-memory',
      progress: {
        runId: r.runId,
        settings: r.settings,
        examplesSeen: r.examplesSeen,
        budget: LONG_MEMORY_EXAMPLES,
        loss: count ? costSum / count : NaN,
        trainAccuracy: count ? correct / count : NaN,
        heldOutAccuracy: r.heldOutAccuracy,
        gradientNorms: Float64Array.from(trace.layers[0].dLdh, norm),
        running,
      },
    });
    r.sinceReport = { costSum: 0, correct: 0, count: 0 };
    r.lastReport = env.now();
  }

  function scoreHeldOut(r: Run, digits: number): void {
    const result = r.trainer.evaluate(r.heldOut, 0, Math.min(digits, r.heldOut.count));
    r.heldOutAccuracy = result.correct / result.count;
  }

  function slice(r: Run): void {
    if (run !== r) return;
    const started = env.now();
    while (env.now() - started < SLICE_MS && r.examplesSeen < LONG_MEMORY_EXAMPLES) {
      const result = r.trainer.step(r.train, r.order, r.examplesSeen, LONG_MEMORY_BATCH_SIZE);
      r.examplesSeen += result.count;
      r.sinceReport.costSum += result.costSum;
      r.sinceReport.correct += result.correct;
      r.sinceReport.count += result.count;
      if (r.examplesSeen >= r.nextHeldOut) {
        scoreHeldOut(r, HELD_OUT_DURING);
        r.nextHeldOut += HELD_OUT_EVERY;
      }
    }
    if (r.examplesSeen >= LONG_MEMORY_EXAMPLES) {
      scoreHeldOut(r, r.heldOut.count);
      run = null;
      return report(r, false);
    }
    if (env.now() - r.lastReport >= REPORT_MS) report(r, true);
    env.defer(() => slice(r));
  }

  return {
    start(runId: number, settings: LongMemorySettings): void {
      stop();
      trainDigits()
        .then((digits) => {
          // A stop or another start while the digits loaded wins.
          if (latestId !== runId) return;
          const r = begin(digits, runId, settings);
          run = r;
          report(r, true);
          env.defer(() => slice(r));
        })
        .catch(fail);
      latestId = runId;
    },
    stop,
  };

  function stop(): void {
    latestId = null;
    if (!run) return;
    const r = run;
    run = null;
    report(r, false);
  }
}
