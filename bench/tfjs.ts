import * as tf from '@tensorflow/tfjs';
import type { DigitSet } from '../src/engine/dataset';
import { MNIST_SPEC, createNetwork } from '../src/engine/network';
import { createRng, shuffle } from '../src/engine/random';
import type { BatchSize } from './config';
import { BATCH_SIZES, LEARNING_RATE, SEED } from './config';
import type { Engine, Suite } from './protocol';
import { trainTask } from './protocol';
import { checkHandWritten } from './tfjs-agreement';
import { handWrittenStep, handWrittenVariants } from './tfjs-backprop';
import type { Batch, Layer } from './tfjs-layers';
import { batchIndices, layersOf, pixels, uploadBatch } from './tfjs-layers';

/**
 * The same network in TensorFlow.js on whichever backend is active, written as fast as tfjs
 * reasonably allows: prod mode, inputs uploaded as tensors before timing (our engine converts
 * pixels inside its step), everything inside tf.tidy. Where several reasonable ways exist
 * (autodiff with optimizer.minimize or backprop written by hand in tfjs ops, fused matMul or
 * not, model.predict or a hand-written chain) each is a variant and the report uses the fastest.
 */

/** Mini-batches uploaded ahead of timing, cycled through. */
const UPLOADED_BATCHES = 200;
const FORWARD_INPUTS = 256;

const initialLayers = () => layersOf(createNetwork(MNIST_SPEC, SEED, 'xavier'));

type Chain = (x: tf.Tensor, layers: readonly Layer[]) => tf.Tensor;

const plainChain: Chain = (x, layers) => {
  let a = x;
  for (const { W, b } of layers) a = tf.sigmoid(tf.add(tf.matMul(a, W), b));
  return a;
};

/** matMul with the bias add fused in; tfjs has no gradient for a fused sigmoid. */
const fusedBiasChain: Chain = (x, layers) => {
  let a = x;
  for (const { W, b } of layers) a = tf.sigmoid(tf.fused.matMul({ a, b: W, bias: b }));
  return a;
};

/** Bias and sigmoid fused into each matMul: one op per layer, for inference only. */
const fusedSigmoidChain: Chain = (x, layers) => {
  let a = x;
  for (const { W, b } of layers) {
    a = tf.fused.matMul({ a, b: W, bias: b, activation: 'sigmoid' });
  }
  return a;
};

function uploadBatches(pool: DigitSet, order: Uint32Array, batch: BatchSize): Batch[] {
  return Array.from({ length: UPLOADED_BATCHES }, (_, i) =>
    uploadBatch(pool, batchIndices(order, batch, i)),
  );
}

function trainingVariants(pool: DigitSet, order: Uint32Array, batch: BatchSize) {
  const batches = uploadBatches(pool, order, batch);
  const cycle = (step: (b: Batch) => void) => {
    let next = 0;
    return () => {
      step(batches[next++ % UPLOADED_BATCHES]);
      return batch;
    };
  };
  const minimize = (chain: Chain) => {
    const layers = initialLayers();
    const vars = layers.flatMap(({ W, b }) => [W, b]);
    const optimizer = tf.train.sgd(LEARNING_RATE);
    // C = (1/B) Σ_b Σ_j (a − y)²: the same cost and step as our engine.
    return cycle(({ x, y }) =>
      tf.tidy(() => {
        optimizer.minimize(
          () => tf.div(tf.sum(tf.squaredDifference(chain(x, layers), y)), batch),
          false,
          vars,
        );
      }),
    );
  };
  return {
    'minimize, matMul + add': minimize(plainChain),
    'minimize, fused matMul+bias': minimize(fusedBiasChain),
    ...Object.fromEntries(
      Object.entries(handWrittenVariants()).map(([name, ops]) => [
        name,
        cycle(handWrittenStep(ops, initialLayers(), LEARNING_RATE)),
      ]),
    ),
  };
}

function forwardVariants(pool: DigitSet) {
  const layers = initialLayers();
  const inputs = Array.from({ length: FORWARD_INPUTS }, (_, i) =>
    tf.tensor2d(pixels(pool, [i]), [1, pool.pixels]),
  );
  const model = tf.sequential({
    layers: MNIST_SPEC.sizes.slice(1).map((units, l) =>
      tf.layers.dense({
        units,
        activation: 'sigmoid',
        ...(l === 0 ? { inputShape: [MNIST_SPEC.sizes[0]] } : {}),
      }),
    ),
  });
  model.setWeights(layers.flatMap(({ W, b }) => [W, b]));
  let next = 0;
  // Each call reads its ten outputs back into JavaScript, as forward() returns them.
  const run = (predict: (x: tf.Tensor) => tf.Tensor) => () => {
    const out = predict(inputs[next++ % FORWARD_INPUTS]);
    const read = out.dataSync().length;
    out.dispose();
    return read > 0 ? 1 : 0;
  };
  return {
    'model.predict': run((x) => model.predict(x) as tf.Tensor),
    'matMul chain': run((x) => tf.tidy(() => plainChain(x, layers))),
    'fused matMul chain': run((x) => tf.tidy(() => fusedSigmoidChain(x, layers))),
  };
}

/**
 * The suite on the current backend (set it first), after checking that the hand-written
 * backprop does our engine's arithmetic; the check's lines are notes for the report.
 */
export function tfjsSuite(pool: DigitSet): Engine {
  tf.enableProdMode();
  const order = Uint32Array.from({ length: pool.count }, (_, i) => i);
  shuffle(order, createRng(SEED));
  const notes = checkHandWritten(pool, order);
  const suite: Suite = { forward: forwardVariants(pool) };
  for (const batch of BATCH_SIZES) suite[trainTask(batch)] = trainingVariants(pool, order, batch);
  return { notes, suite };
}
