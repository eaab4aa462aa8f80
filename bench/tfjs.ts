import * as tf from '@tensorflow/tfjs';
import type { DigitSet } from '../src/engine/dataset';
import { PIXEL_ACTIVATION } from '../src/engine/dataset';
import { MNIST_SPEC, createNetwork } from '../src/engine/network';
import { createRng, shuffle } from '../src/engine/random';
import type { BatchSize } from './config';
import { BATCH_SIZES, LEARNING_RATE, SEED } from './config';
import type { Suite } from './protocol';
import { trainTask } from './protocol';

/**
 * The same network in TensorFlow.js on whichever backend is active, written as fast as tfjs
 * reasonably allows: prod mode, inputs uploaded as tensors before timing (our engine converts
 * pixels inside its step), optimizer.minimize inside tf.tidy. Where two reasonable ways exist
 * (fused matMul or not, model.predict or a hand-written chain) each is a variant and the report
 * uses the faster.
 */

/** Mini-batches uploaded ahead of timing, cycled through. */
const UPLOADED_BATCHES = 200;
const FORWARD_INPUTS = 256;

interface Layer {
  W: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R1>;
}

/** Our initial network, transposed to tfjs's x·W layout, as float32 variables. */
function initialLayers(): Layer[] {
  const net = createNetwork(MNIST_SPEC, SEED, 'xavier');
  return net.weights.map((w, l) => {
    const nIn = net.sizes[l];
    const nOut = net.sizes[l + 1];
    const t = new Float32Array(nIn * nOut);
    for (let j = 0; j < nOut; j++) for (let k = 0; k < nIn; k++) t[k * nOut + j] = w[j * nIn + k];
    return {
      W: tf.variable(tf.tensor2d(t, [nIn, nOut])),
      b: tf.variable(tf.tensor1d(Float32Array.from(net.biases[l]))),
    };
  });
}

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

function pixels(pool: DigitSet, indices: ArrayLike<number>): Float32Array {
  const x = new Float32Array(indices.length * pool.pixels);
  for (let r = 0; r < indices.length; r++) {
    const base = indices[r] * pool.pixels;
    for (let k = 0; k < pool.pixels; k++) {
      x[r * pool.pixels + k] = PIXEL_ACTIVATION[pool.images[base + k]];
    }
  }
  return x;
}

function uploadBatches(pool: DigitSet, order: Uint32Array, batch: BatchSize) {
  const nOut = MNIST_SPEC.sizes[MNIST_SPEC.sizes.length - 1];
  return Array.from({ length: UPLOADED_BATCHES }, (_, i) => {
    const start = (i * batch) % (order.length - batch);
    const indices = order.subarray(start, start + batch);
    const y = new Float32Array(batch * nOut);
    indices.forEach((digit, r) => (y[r * nOut + pool.labels[digit]] = 1));
    return {
      x: tf.tensor2d(pixels(pool, indices), [batch, pool.pixels]),
      y: tf.tensor2d(y, [batch, nOut]),
    };
  });
}

function trainingVariants(pool: DigitSet, order: Uint32Array, batch: BatchSize) {
  const batches = uploadBatches(pool, order, batch);
  const step = (chain: Chain) => {
    const layers = initialLayers();
    const vars = layers.flatMap(({ W, b }) => [W, b]);
    const optimizer = tf.train.sgd(LEARNING_RATE);
    let next = 0;
    return () => {
      const { x, y } = batches[next++ % UPLOADED_BATCHES];
      // C = (1/B) Σ_b Σ_j (a − y)²: the same cost and step as our engine.
      tf.tidy(() => {
        optimizer.minimize(
          () => tf.div(tf.sum(tf.squaredDifference(chain(x, layers), y)), batch),
          false,
          vars,
        );
      });
      return batch;
    };
  };
  return {
    'minimize, matMul + add': step(plainChain),
    'minimize, fused matMul+bias': step(fusedBiasChain),
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

/** The suite on the current backend (set it first). */
export function tfjsSuite(pool: DigitSet): Suite {
  tf.enableProdMode();
  const order = Uint32Array.from({ length: pool.count }, (_, i) => i);
  shuffle(order, createRng(SEED));
  const suite: Suite = { forward: forwardVariants(pool) };
  for (const batch of BATCH_SIZES) suite[trainTask(batch)] = trainingVariants(pool, order, batch);
  return suite;
}
