import type { DigitSet } from '../dataset';
import { sliceDigits } from '../dataset';
import { createRng, shuffle } from '../random';
import { createAdam } from './optimizer';
import type { CellKind, RecurrentModel, RecurrentSpec } from './recurrentModel';
import { createRecurrentModel, parameterArrays } from './recurrentModel';
import type { RecurrentTrainer } from './recurrentTrainer';
import { createRecurrentTrainer } from './recurrentTrainer';
import type { Filler, SequenceSet } from './sequences';
import { DIGIT_ROWS, digitRowsThenFiller } from './sequences';

/**
 * The long-memory task the recurrence page trains live: a digit's 28 rows, then `delay` rows
 * that say nothing about it (blank or noise), the class read only after the last one. The
 * answer depends on the first 28 steps alone, so the error must travel back through every
 * filler step to teach the cell what to keep: vanilla RNNs lose it, LSTM and GRU carry it.
 *
 * One recipe for all three cells, so the page compares cells and nothing else. Chosen by
 * experiment in Node: at a delay of 100 blank rows, seeds 1–3, the clipped RNN scored 9–27%
 * on the first 1,000 official test digits, the GRU 87–91% and the LSTM 86–87%, in about 8, 25
 * and 35 s per run.
 */

/** Filler rows after the digit: the page's slider. */
export const LONG_MEMORY_DELAY = { min: 10, max: 200, default: 100 } as const;

export const LONG_MEMORY_HIDDEN_SIZE = 32;
export const LONG_MEMORY_BATCH_SIZE = 32;
/** Adam's step size, constant over the short run. */
export const LONG_MEMORY_LEARNING_RATE = 0.01;
/** Sequences one run trains on, whole mini-batches: 600 steps. */
export const LONG_MEMORY_EXAMPLES = 600 * LONG_MEMORY_BATCH_SIZE;
/**
 * The gradient-norm clip every cell trains with, so the vanilla RNN's failure is the vanishing
 * gradient's, not an exploding step's.
 */
export const LONG_MEMORY_CLIP_NORM = 1;
/**
 * The gates start out keeping what they hold: the LSTM's forget gate at σ(4) ≈ 0.98 and its
 * input gate at σ(−4) ≈ 0.02, the GRU's update gate at σ(4) (a fixed form of Tallec &
 * Ollivier's 2018 "chrono" initialisation). With the default biases (forget gate 1, the rest 0) neither gated cell
 * got past chance at a delay of 100 within a run.
 */
export const LONG_MEMORY_GATE_BIAS = 4;
/** The first this-many training digits are a run's pool, reshuffled on every pass. */
export const LONG_MEMORY_TRAINING_DIGITS = 10_000;
/** Held-out digits a trained cell is scored on. */
export const LONG_MEMORY_TEST_DIGITS = 1000;
export const LONG_MEMORY_SEED = 1;

/** The net a run trains: one layer reading rows of 28 pixels, ten classes. */
export function longMemorySpec(cell: CellKind): RecurrentSpec {
  return {
    cell,
    inputSize: DIGIT_ROWS,
    hiddenSize: LONG_MEMORY_HIDDEN_SIZE,
    layers: 1,
    bidirectional: false,
    classes: 10,
  };
}

/** Gate blocks whose biases start at ±LONG_MEMORY_GATE_BIAS (recurrentModel.ts's order). */
const LSTM_INPUT_BLOCK = 1;
const GRU_UPDATE_BLOCK = 0;

/**
 * A fresh net for a run, its gates set to keep (LONG_MEMORY_GATE_BIAS). `forgetBias` overrides
 * the LSTM forget gate's start alone, for the page to show what it changes: with 0, 1 or 2 the
 * LSTM stayed at chance at a delay of 100, while 2 still learnt a delay of 50 and 1 one of 20.
 */
export function createLongMemoryModel(
  cell: CellKind,
  seed = LONG_MEMORY_SEED,
  forgetBias = LONG_MEMORY_GATE_BIAS,
): RecurrentModel {
  const model = createRecurrentModel(longMemorySpec(cell), { seed, forgetBias });
  const H = LONG_MEMORY_HIDDEN_SIZE;
  const { b } = model.forward[0];
  const block = (g: number, value: number) => b.fill(value, g * H, (g + 1) * H);
  if (cell === 'lstm') block(LSTM_INPUT_BLOCK, -LONG_MEMORY_GATE_BIAS);
  if (cell === 'gru') block(GRU_UPDATE_BLOCK, LONG_MEMORY_GATE_BIAS);
  return model;
}

/** The run's trainer: Adam at LONG_MEMORY_LEARNING_RATE, gradients clipped for every cell. */
export function createLongMemoryTrainer(model: RecurrentModel): RecurrentTrainer {
  return createRecurrentTrainer(model, {
    maxBatch: LONG_MEMORY_BATCH_SIZE,
    optimizer: createAdam(parameterArrays(model), { learningRate: LONG_MEMORY_LEARNING_RATE }),
    clipNorm: LONG_MEMORY_CLIP_NORM,
  });
}

/** Keeps the order's random stream apart from the weights'. */
const ORDER_SEED_SALT = 0x5eed5eed;

/**
 * Which pool example each of a run's LONG_MEMORY_EXAMPLES sequences is: the pool reshuffled
 * on every pass, so a run steps through order[k·B … k·B + B − 1] for k = 0, 1, …
 */
export function longMemoryOrder(poolSize: number, seed = LONG_MEMORY_SEED): Uint32Array {
  if (!Number.isInteger(poolSize) || poolSize < 1)
    throw new RangeError(`a run needs a pool of at least one digit; got ${poolSize}`);
  const rng = createRng(seed ^ ORDER_SEED_SALT);
  const pass = Uint32Array.from({ length: poolSize }, (_, i) => i);
  const order = new Uint32Array(LONG_MEMORY_EXAMPLES);
  for (let filled = 0; filled < order.length; filled += poolSize) {
    shuffle(pass, rng);
    order.set(pass.subarray(0, Math.min(poolSize, order.length - filled)), filled);
  }
  return order;
}

/**
 * The task's sequences for `digits`: each digit's rows then `delay` filler rows. The same
 * digits and delay always give the same values (noise included).
 */
export function longMemorySequences(
  digits: DigitSet,
  delay: number,
  filler: Filler = 'blank',
): SequenceSet {
  const { min, max } = LONG_MEMORY_DELAY;
  if (!Number.isInteger(delay) || delay < min || delay > max)
    throw new RangeError(`the delay must be a whole number of rows from ${min} to ${max}`);
  return digitRowsThenFiller(digits, delay, filler);
}

/** The training pool a run samples: the first LONG_MEMORY_TRAINING_DIGITS of `train`. */
export function longMemoryTrainingDigits(train: DigitSet): DigitSet {
  return sliceDigits(train, 0, Math.min(train.count, LONG_MEMORY_TRAINING_DIGITS));
}
