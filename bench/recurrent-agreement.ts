import type { DigitSet } from '../src/engine/dataset';
import { createAdam } from '../src/engine/recurrent/optimizer';
import { createRecurrentModel, parameterArrays } from '../src/engine/recurrent/recurrentModel';
import { createRecurrentTrainer } from '../src/engine/recurrent/recurrentTrainer';
import type { SequenceSet } from '../src/engine/recurrent/sequences';
import { SEED } from './config';
import { batchPlan } from './recurrent-batches';
import { ADAM, RECURRENT_BATCH, RECURRENT_CELLS, recurrentSpec } from './recurrent-config';
import type { Readout } from './recurrent-tfjs';
import { READOUTS, createTfjsTrainer, uploadBatch } from './recurrent-tfjs';

/**
 * Relative. Measured: float32 against float64 (and Adam's ε placed a little differently) agree
 * to a few 1e-6; tfjs's default hard-sigmoid gates put the GRU's first cost off by 4e-4, and
 * our LSTM gate order left unmapped puts it off by 6e-3.
 */
const TOLERANCE = 1e-4;

/** Examples `indices` of `set` as a set of their own, so the trainer can evaluate just them. */
function subset(set: SequenceSet, indices: ArrayLike<number>): SequenceSet {
  return {
    ...set,
    count: indices.length,
    labels: Uint8Array.from({ length: indices.length }, (_, i) => set.labels[indices[i]]),
    write: (i, out, offset) => set.write(indices[i], out, offset),
  };
}

/**
 * The check that both libraries do the same task: from the same initial weights, the first
 * batch's cost before and after one Adam step must agree for every cell and readout. This
 * verifies tfjs's cell equations (the GRU's reset before U, σ gates), our gate order mapped to
 * theirs, the readout, the cost and the optimizer on the active backend. Throws if they differ;
 * returns lines for the report.
 */
export function checkSameTask(pool: DigitSet): string[] {
  const { set, order } = batchPlan(pool);
  const first = order.subarray(0, RECURRENT_BATCH);
  const ours = subset(set, first);
  const everyExample = Uint32Array.from({ length: RECURRENT_BATCH }, (_, i) => i);
  const classes = recurrentSpec('rnn').classes;
  const batch = uploadBatch(set, classes, first);
  const lines: string[] = [];
  for (const cell of RECURRENT_CELLS) {
    const model = createRecurrentModel(recurrentSpec(cell), { seed: SEED });
    // Built before our step, which updates `model` in place.
    const readouts = Object.keys(READOUTS) as Readout[];
    const theirs = readouts.map((r) => createTfjsTrainer(model, set.steps, r));
    const trainer = createRecurrentTrainer(model, {
      maxBatch: RECURRENT_BATCH,
      optimizer: createAdam(parameterArrays(model), ADAM),
    });
    const before = trainer.step(ours, everyExample, 0, RECURRENT_BATCH);
    const after = trainer.evaluate(ours);
    const expected = [before.costSum / before.count, after.costSum / after.count];
    let gap = 0;
    for (const [r, tfjs] of theirs.entries()) {
      const got = [tfjs.step(batch.x, batch.y, true) ?? NaN, tfjs.cost(batch.x, batch.y)];
      for (const [k, cost] of got.entries()) {
        const relative = Math.abs(cost - expected[k]) / expected[k];
        if (!(relative <= TOLERANCE))
          throw new Error(
            `${cell}, ${READOUTS[readouts[r]]}: tfjs cost ${cost} where ours is ${expected[k]}` +
              ` (${k === 0 ? 'before' : 'after'} one Adam step): not the same task`,
          );
        gap = Math.max(gap, relative);
      }
      tfjs.dispose();
    }
    lines.push(
      `${cell}: first batch costs ${expected[0].toFixed(4)}, ${expected[1].toFixed(4)} after` +
        ` one Adam step, in both libraries (largest relative gap ${gap.toExponential(0)})`,
    );
  }
  batch.x.dispose();
  batch.y.dispose();
  return lines;
}
