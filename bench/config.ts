/** What every engine is measured on, and for how long; shared by Node and the browser worker. */

/** The mini-batch sizes the targets are stated for. */
export const BATCH_SIZES = [10, 32] as const;
export type BatchSize = (typeof BATCH_SIZES)[number];

/** Nielsen's rate for this network; the same for every engine so they do the same arithmetic. */
export const LEARNING_RATE = 3;
export const SEED = 1;

/** The first POOL_SIZE real MNIST training digits are cycled through by every engine. */
export const POOL_SIZE = 10_000;

/** Each workload is warmed up once, then timed in ROUNDS rounds interleaved with the others. */
export const WARMUP_SECONDS = 1;
export const ROUND_SECONDS = 0.3;
export const ROUNDS = 9;
