import type { DigitSet } from '../../engine/dataset';
import type { RecurrentModel } from '../../engine/recurrent/recurrentModel';
import { createGradientDescent } from '../../engine/recurrent/optimizer';
import { createRecurrentTrainer } from '../../engine/recurrent/recurrentTrainer';
import { digitRows } from '../../engine/recurrent/sequences';
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
  return new Promise((resolve) => {
    let correct = 0;
    let start = 0;
    const slice = () => {
      const end = Math.min(set.count, start + DIGITS_PER_SLICE);
      correct += trainer.evaluate(sequences, start, end).correct;
      start = end;
      if (start < set.count) env.defer(slice);
      else resolve({ accuracy: correct / set.count, count: set.count });
    };
    slice();
  });
}
