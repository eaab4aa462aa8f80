import type { DigitSet } from '../../engine/dataset';
import type { RecurrentModel } from '../../engine/recurrent/recurrentModel';
import { createGradientDescent } from '../../engine/recurrent/optimizer';
import { createRecurrentTrainer } from '../../engine/recurrent/recurrentTrainer';
import { digitRows } from '../../engine/recurrent/sequences';
import { inSlices } from '../inSlices';
import type { SequenceEnvironment } from './sequenceEnvironment';

/** Digits scored between yields, so a digit drawn meanwhile is read within a fraction of a second. */
const DIGITS_PER_SLICE = 250;
const BATCH = 50;

/** The model's accuracy on a whole digit set, scored in slices between other messages. */
export function scoreTestSet(
  env: SequenceEnvironment,
  model: RecurrentModel,
  set: DigitSet,
): Promise<{ accuracy: number; count: number }> {
  // Scoring never updates: the optimiser is never applied.
  const trainer = createRecurrentTrainer(model, {
    maxBatch: BATCH,
    optimizer: createGradientDescent(0),
  });
  const sequences = digitRows(set);
  let correct = 0;
  const score = (start: number, end: number) => {
    correct += trainer.evaluate(sequences, start, end).correct;
  };
  return inSlices(set.count, DIGITS_PER_SLICE, env.defer, score).then(() => ({
    accuracy: correct / set.count,
    count: set.count,
  }));
}
