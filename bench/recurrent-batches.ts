import type { DigitSet } from '../src/engine/dataset';
import { createRng, shuffle } from '../src/engine/random';
import type { SequenceSet } from '../src/engine/recurrent/sequences';
import { digitRows } from '../src/engine/recurrent/sequences';
import { SEED } from './config';
import { RECURRENT_BATCH } from './recurrent-config';

/**
 * The batches every library trains on, in the same order: the pool's digits read row by row,
 * shuffled once with a seed, and the first CYCLED_BATCHES mini-batches of that order cycled
 * (tfjs has them uploaded as tensors before timing).
 */
export const CYCLED_BATCHES = 100;

export interface BatchPlan {
  set: SequenceSet;
  order: Uint32Array;
  /** Where mini-batch i starts in `order`. */
  start(i: number): number;
}

export function batchPlan(pool: DigitSet): BatchPlan {
  const set = digitRows(pool);
  if (set.count < CYCLED_BATCHES * RECURRENT_BATCH)
    throw new Error(`${set.count} digits cannot fill ${CYCLED_BATCHES} batches`);
  const order = Uint32Array.from({ length: set.count }, (_, i) => i);
  shuffle(order, createRng(SEED));
  return { set, order, start: (i) => (i % CYCLED_BATCHES) * RECURRENT_BATCH };
}
