import type { DigitSet } from '../src/engine/dataset';
import { createAdam } from '../src/engine/recurrent/optimizer';
import { createRecurrentModel, parameterArrays } from '../src/engine/recurrent/recurrentModel';
import { createRecurrentTrainer } from '../src/engine/recurrent/recurrentTrainer';
import { SEED } from './config';
import { batchPlan } from './recurrent-batches';
import { ADAM, RECURRENT_BATCH, RECURRENT_CELLS, recurrentSpec } from './recurrent-config';
import type { RecurrentSuite } from './recurrent-protocol';

/**
 * DeltaScope's recurrent engine as the page drives it: a trainer stepping through the digits
 * read row by row, pixels converted inside each step (tfjs gets its batches uploaded up front).
 */
export function recurrentDeltaScopeSuite(pool: DigitSet): RecurrentSuite {
  const { set, order, start } = batchPlan(pool);
  const suite = {} as RecurrentSuite;
  for (const cell of RECURRENT_CELLS) {
    const model = createRecurrentModel(recurrentSpec(cell), { seed: SEED });
    const optimizer = createAdam(parameterArrays(model), ADAM);
    const trainer = createRecurrentTrainer(model, { maxBatch: RECURRENT_BATCH, optimizer });
    let next = 0;
    suite[cell] = {
      'createRecurrentTrainer, step': () =>
        trainer.step(set, order, start(next++), RECURRENT_BATCH).count,
    };
  }
  return suite;
}
