import type { DigitSet } from './dataset';
import type { Network } from './network';
import { createRng, shuffle } from './random';
import type { BatchResult } from './sgd';
import { createSgd } from './sgd';

export interface TrainingOptions {
  batchSize: number;
  learningRate: number;
  /** Seeds the shuffling, so a run is reproducible bit for bit. */
  seed: number;
}

/** Largest mini-batch the training path allocates for. */
export const MAX_BATCH = 1024;
/** Rows per pass when a set is only scored: small buffers, still many rows per weight load. */
export const SCORING_BATCH = 100;

/**
 * Stochastic gradient descent over a training set: each epoch visits every example once in a
 * freshly shuffled order, one mini-batch per step (the last batch of an epoch may be smaller).
 */
export interface TrainingRun {
  readonly net: Network;
  options: TrainingOptions;
  /** One mini-batch step; its result says how the batch scored before the update. */
  step(): BatchResult;
  /** Completed epochs, examples done in the current one, examples seen in all. */
  readonly epoch: number;
  readonly position: number;
  readonly examplesSeen: number;
  readonly epochSize: number;
}

/** `startAt`: examples already seen, so a run resumed from a saved point counts on from it. */
export function createTrainingRun(
  net: Network,
  set: DigitSet,
  options: TrainingOptions,
  startAt = 0,
): TrainingRun {
  const sgd = createSgd(net, MAX_BATCH);
  const rng = createRng(options.seed ^ 0x5eed5eed);
  const order = Uint32Array.from({ length: set.count }, (_, i) => i);
  shuffle(order, rng);
  let epoch = Math.floor(startAt / set.count);
  let position = startAt - epoch * set.count;
  let examplesSeen = startAt;
  return {
    net,
    options,
    get epoch() {
      return epoch;
    },
    get position() {
      return position;
    },
    get examplesSeen() {
      return examplesSeen;
    },
    epochSize: set.count,
    step() {
      const size = Math.min(
        Math.max(1, Math.floor(this.options.batchSize)),
        MAX_BATCH,
        set.count - position,
      );
      const result = sgd.step(set, order, position, size, this.options.learningRate);
      position += size;
      examplesSeen += size;
      if (position >= set.count) {
        epoch++;
        position = 0;
        shuffle(order, rng);
      }
      return result;
    },
  };
}
