import * as tf from '@tensorflow/tfjs';
import type { Batch, Layer } from './tfjs-layers';

/**
 * SGD with the backward pass written by hand in tfjs ops, no autodiff tape: the forward pass
 * keeps every activation, δ = 2(a − y) ⊙ a(1 − a) at the output (squared cost, sigmoid), δ
 * goes back through matMul with W transposed in place, and each layer's update is
 * W += aᵀ(−s δ) with s = η/B. The δ carried back is already −s δ: one scaling of the output's
 * B × 10 δ instead of one per layer.
 */
type Forward = (a: tf.Tensor, layer: Layer) => tf.Tensor;
/** W plus aᵀ times the scaled δ: the updated weights. */
type Update = (W: tf.Tensor, a: tf.Tensor, scaledDelta: tf.Tensor) => tf.Tensor;

interface Ops {
  forward: Forward;
  update: Update;
}

const forwardUnfused: Forward = (a, { W, b }) => tf.sigmoid(tf.add(tf.matMul(a, W), b));
/** Bias and sigmoid fused into the matMul: allowed here, as nothing is differentiated. */
const forwardFused: Forward = (a, { W, b }) =>
  tf.fused.matMul({ a, b: W, bias: b, activation: 'sigmoid' });

const updateUnfused: Update = (W, a, scaled) => tf.add(W, tf.matMul(a, scaled, true, false));
/** The old weights as the fused matMul's bias: one op instead of two. */
const updateFused: Update = (W, a, scaled) =>
  tf.fused.matMul({ a, b: scaled, transposeA: true, bias: W });

/**
 * The hand-written variants the active backend runs, by the name the report gives them; the
 * wasm backend's fused matMul takes only a rank-1 bias, so not the fused update.
 */
export function handWrittenVariants(): Record<string, Ops> {
  return {
    'hand-written backprop': { forward: forwardUnfused, update: updateUnfused },
    'hand-written, fused forward': { forward: forwardFused, update: updateUnfused },
    ...(tf.getBackend() === 'wasm'
      ? {}
      : {
          'hand-written, fused forward and update': { forward: forwardFused, update: updateFused },
        }),
  };
}

/** σ′ from the activation, a(1 − a). */
function slope(a: tf.Tensor, one: tf.Scalar): tf.Tensor {
  return tf.mul(a, tf.sub(one, a));
}

/** One step on a batch, in place on `layers`; `rate` is η (the scaling by 1/B is done here). */
export function handWrittenStep({ forward, update }: Ops, layers: readonly Layer[], rate: number) {
  // Made once, not per step.
  const one = tf.scalar(1);
  return ({ x, y }: Batch): void => {
    // δ is linear in the output's, so the step's −2s is applied once, at the output.
    const scale = (-2 * rate) / x.shape[0];
    tf.tidy(() => {
      const a: tf.Tensor[] = [x];
      for (const layer of layers) a.push(forward(a[a.length - 1], layer));
      const L = layers.length;
      let delta = tf.mul(tf.mul(tf.sub(a[L], y), scale), slope(a[L], one));
      for (let l = L - 1; l >= 0; l--) {
        const { W, b } = layers[l];
        const below = l > 0 ? tf.mul(tf.matMul(delta, W, false, true), slope(a[l], one)) : delta;
        // The δ below is taken from W before this step's update, as backprop requires.
        W.assign(update(W, a[l], delta) as tf.Tensor2D);
        b.assign(tf.add(b, tf.sum(delta, 0)));
        delta = below;
      }
    });
  };
}
