import * as tf from '@tensorflow/tfjs';
import type { DigitSet } from '../src/engine/dataset';
import type { CellKind, RecurrentModel } from '../src/engine/recurrent/recurrentModel';
import { GATE_BLOCKS, createRecurrentModel } from '../src/engine/recurrent/recurrentModel';
import type { SequenceSet } from '../src/engine/recurrent/sequences';
import { SEED } from './config';
import { CYCLED_BATCHES, batchPlan } from './recurrent-batches';
import { ADAM, RECURRENT_BATCH, RECURRENT_CELLS, recurrentSpec } from './recurrent-config';
import type { RecurrentSuite } from './recurrent-protocol';

/**
 * The same recurrent classifiers in TensorFlow.js layers on whichever backend is active:
 * tf.layers.simpleRNN / gru / lstm then a dense readout, started from our engine's initial
 * weights, trained by tf.train.adam through optimizer.minimize inside tf.tidy (what
 * model.trainOnBatch does, without its bookkeeping), the batches uploaded as tensors before
 * timing. Two readouts are timed as variants; the report credits the faster.
 */

/**
 * Where each of our gate blocks sits in tfjs's kernels. Ours: GRU [z, r, n], LSTM [f, i, o, g];
 * tfjs keeps Keras's order: GRU [z, r, h], LSTM [i, f, c, o].
 */
const TFJS_BLOCK: Record<CellKind, readonly number[]> = {
  rnn: [0],
  gru: [0, 1, 2],
  lstm: [1, 0, 3, 2],
};

/**
 * Our row-major (blocks·size) × n matrix in tfjs's n × (blocks·size) layout, each block moved to
 * tfjs's position (a bias is the case n = 1).
 */
function tfjsLayout(m: Float64Array, n: number, blocks: readonly number[], size: number) {
  const cols = blocks.length * size;
  const out = new Float32Array(n * cols);
  blocks.forEach((to, from) => {
    for (let j = 0; j < size; j++) {
      const row = (from * size + j) * n;
      for (let k = 0; k < n; k++) out[k * cols + to * size + j] = m[row + k];
    }
  });
  return out;
}

function tfjsWeights(model: RecurrentModel): tf.Tensor[] {
  const { cell, inputSize, hiddenSize: H, classes } = model;
  const { W, U, b } = model.forward[0];
  const blocks = TFJS_BLOCK[cell];
  const rows = GATE_BLOCKS[cell] * H;
  return [
    tf.tensor2d(tfjsLayout(W, inputSize, blocks, H), [inputSize, rows]),
    tf.tensor2d(tfjsLayout(U, H, blocks, H), [H, rows]),
    tf.tensor1d(tfjsLayout(b, 1, blocks, H)),
    tf.tensor2d(tfjsLayout(model.V, H, [0], classes), [H, classes]),
    tf.tensor1d(Float32Array.from(model.c)),
  ];
}

function recurrentLayer(cell: CellKind, units: number, inputShape: number[]) {
  // Zeros: the weights are overwritten with ours (the default orthogonal U takes seconds).
  const args = { units, inputShape, kernelInitializer: 'zeros', recurrentInitializer: 'zeros' };
  switch (cell) {
    case 'rnn':
      return tf.layers.simpleRNN(args);
    // tfjs's gates default to the hard sigmoid; ours are the logistic σ. Its GRU always resets
    // before U (resetAfter = false; true throws), h = z ⊙ h₋₁ + (1 − z) ⊙ n: the same as ours.
    case 'gru':
      return tf.layers.gru({ ...args, recurrentActivation: 'sigmoid' });
    case 'lstm':
      return tf.layers.lstm({ ...args, recurrentActivation: 'sigmoid' });
  }
}

/** How the readout's scores become the cost: both average −log p_label over the batch. */
export type Readout = 'logits' | 'softmax';
export const READOUTS: Record<Readout, string> = {
  logits: 'dense logits + losses.softmaxCrossEntropy',
  softmax: 'dense softmax + metrics.categoricalCrossentropy',
};

export interface TfjsTrainer {
  /** One Adam step on the batch; returns the cost before it (read back only when asked). */
  step(x: tf.Tensor, y: tf.Tensor, readCost?: boolean): number | undefined;
  cost(x: tf.Tensor, y: tf.Tensor): number;
  dispose(): void;
}

/** A tfjs model holding `model`'s current weights, with its own Adam. */
export function createTfjsTrainer(
  model: RecurrentModel,
  steps: number,
  readout: Readout,
): TfjsTrainer {
  const net = tf.sequential({
    layers: [
      recurrentLayer(model.cell, model.hiddenSize, [steps, model.inputSize]),
      tf.layers.dense({
        units: model.classes,
        ...(readout === 'softmax' ? { activation: 'softmax' } : {}),
      }),
    ],
  });
  net.setWeights(tfjsWeights(model));
  const variables = net.trainableWeights.map((w) => w.read() as tf.Variable);
  const optimizer = tf.train.adam(ADAM.learningRate, ADAM.beta1, ADAM.beta2, ADAM.epsilon);
  const costOf = (x: tf.Tensor, y: tf.Tensor): tf.Scalar => {
    const out = net.apply(x, { training: true }) as tf.Tensor;
    return readout === 'logits'
      ? (tf.losses.softmaxCrossEntropy(y, out) as tf.Scalar)
      : tf.mean(tf.metrics.categoricalCrossentropy(y, out));
  };
  return {
    step(x, y, readCost = false) {
      return tf.tidy(() => {
        const cost = optimizer.minimize(() => costOf(x, y), readCost, variables);
        return cost?.dataSync()[0];
      });
    },
    cost: (x, y) => tf.tidy(() => costOf(x, y).dataSync()[0]),
    dispose() {
      optimizer.dispose();
      net.dispose();
    },
  };
}

export interface Batch {
  x: tf.Tensor3D;
  y: tf.Tensor2D;
}

/** Examples indices[0 … n−1] of the set as a [n, steps, inputSize] tensor and one-hot labels. */
export function uploadBatch(set: SequenceSet, classes: number, indices: ArrayLike<number>): Batch {
  const values = set.steps * set.inputSize;
  const x = new Float64Array(indices.length * values);
  const y = new Float32Array(indices.length * classes);
  for (let r = 0; r < indices.length; r++) {
    set.write(indices[r], x, r * values);
    y[r * classes + set.labels[indices[r]]] = 1;
  }
  return {
    x: tf.tensor3d(Float32Array.from(x), [indices.length, set.steps, set.inputSize]),
    y: tf.tensor2d(y, [indices.length, classes]),
  };
}

/** The suite on the current backend (set it first). */
export function recurrentTfjsSuite(pool: DigitSet): RecurrentSuite {
  tf.enableProdMode();
  const { set, order, start } = batchPlan(pool);
  const classes = recurrentSpec('rnn').classes;
  const batches = Array.from({ length: CYCLED_BATCHES }, (_, i) =>
    uploadBatch(set, classes, order.subarray(start(i), start(i) + RECURRENT_BATCH)),
  );
  const suite = {} as RecurrentSuite;
  for (const cell of RECURRENT_CELLS) {
    const model = createRecurrentModel(recurrentSpec(cell), { seed: SEED });
    const workload = (readout: Readout) => {
      const trainer = createTfjsTrainer(model, set.steps, readout);
      let next = 0;
      return () => {
        const { x, y } = batches[next++ % CYCLED_BATCHES];
        trainer.step(x, y);
        return RECURRENT_BATCH;
      };
    };
    suite[cell] = {
      [READOUTS.logits]: workload('logits'),
      [READOUTS.softmax]: workload('softmax'),
    };
  }
  return suite;
}
