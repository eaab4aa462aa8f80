import * as tf from '@tensorflow/tfjs';
import type { DigitSet } from '../src/engine/dataset';
import { PIXEL_ACTIVATION } from '../src/engine/dataset';
import type { Network } from '../src/engine/network';
import { MNIST_SPEC } from '../src/engine/network';

/** Our network and digits as tfjs tensors, shared by every tfjs variant and the agreement check. */

export interface Layer {
  W: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R1>;
}

/** A network of ours, transposed to tfjs's x·W layout, as float32 variables. */
export function layersOf(net: Network): Layer[] {
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

export function disposeLayers(layers: readonly Layer[]): void {
  for (const { W, b } of layers) {
    W.dispose();
    b.dispose();
  }
}

export function pixels(pool: DigitSet, indices: ArrayLike<number>): Float32Array {
  const x = new Float32Array(indices.length * pool.pixels);
  for (let r = 0; r < indices.length; r++) {
    const base = indices[r] * pool.pixels;
    for (let k = 0; k < pool.pixels; k++) {
      x[r * pool.pixels + k] = PIXEL_ACTIVATION[pool.images[base + k]];
    }
  }
  return x;
}

/** The mini-batches every tfjs variant trains on: consecutive slices of the shuffled order. */
export function batchIndices(order: Uint32Array, batch: number, i: number): Uint32Array {
  const start = (i * batch) % (order.length - batch);
  return order.subarray(start, start + batch);
}

export interface Batch {
  x: tf.Tensor2D;
  /** One-hot labels. */
  y: tf.Tensor2D;
}

export function uploadBatch(pool: DigitSet, indices: ArrayLike<number>): Batch {
  const nOut = MNIST_SPEC.sizes[MNIST_SPEC.sizes.length - 1];
  const y = new Float32Array(indices.length * nOut);
  for (let r = 0; r < indices.length; r++) y[r * nOut + pool.labels[indices[r]]] = 1;
  return {
    x: tf.tensor2d(pixels(pool, indices), [indices.length, pool.pixels]),
    y: tf.tensor2d(y, [indices.length, nOut]),
  };
}
