import type { DigitSet } from '../src/engine/dataset';
import { digitInput } from '../src/engine/dataset';
import { MNIST_SPEC, createNetwork, forward } from '../src/engine/network';
import { createTrainingRun } from '../src/engine/training';
import { BATCH_SIZES, LEARNING_RATE, SEED } from './config';
import type { Suite } from './protocol';
import { trainTask } from './protocol';

/** Distinct inputs the forward workload cycles through, so it is not one cached example. */
const FORWARD_INPUTS = 256;

/**
 * The DeltaScope engine as the app drives it: createTrainingRun (shuffled epochs over the
 * pool, one mini-batch per step) and forward() for one example. Runs in Node and in a worker.
 */
export function deltaScopeSuite(pool: DigitSet): Suite {
  const suite: Suite = {};
  for (const batchSize of BATCH_SIZES) {
    const net = createNetwork(MNIST_SPEC, SEED, 'xavier');
    const run = createTrainingRun(net, pool, {
      batchSize,
      learningRate: LEARNING_RATE,
      seed: SEED,
    });
    suite[trainTask(batchSize)] = { createTrainingRun: () => run.step().count };
  }
  const net = createNetwork(MNIST_SPEC, SEED, 'xavier');
  const inputs = Array.from({ length: FORWARD_INPUTS }, (_, i) => digitInput(pool, i));
  const outputLayer = MNIST_SPEC.sizes.length - 1;
  let next = 0;
  suite.forward = {
    'forward()': () => {
      const pass = forward(net, inputs[next++ % FORWARD_INPUTS]);
      // Counting the call through its output keeps the result live.
      return pass.a[outputLayer].length > 0 ? 1 : 0;
    },
  };
  return suite;
}
