import type { DigitSet } from '../src/engine/dataset';
import { MNIST_SPEC, createNetwork } from '../src/engine/network';
import { createSgd } from '../src/engine/sgd';
import { BATCH_SIZES, LEARNING_RATE, SEED } from './config';
import { handWrittenStep, handWrittenVariants } from './tfjs-backprop';
import { batchIndices, disposeLayers, layersOf, uploadBatch } from './tfjs-layers';

/**
 * Largest gap between the two libraries' weight changes, over the largest change. Measured:
 * float32 against float64 agree to about 1e-7; a learning rate 1% off would be 1e-2 off.
 */
const TOLERANCE = 1e-4;

/**
 * The check that the hand-written tfjs backprop is our engine's SGD step: from the same weights,
 * one step on the first mini-batch of each batch size must change every weight and bias by the
 * same amount, to float32 precision, on the active backend. Throws if not; returns report lines.
 */
export function checkHandWritten(pool: DigitSet, order: Uint32Array): string[] {
  let worst = 0;
  for (const batch of BATCH_SIZES) {
    const before = createNetwork(MNIST_SPEC, SEED, 'xavier');
    const ours = createNetwork(MNIST_SPEC, SEED, 'xavier');
    createSgd(ours, batch).step(pool, order, 0, batch, LEARNING_RATE);
    const data = uploadBatch(pool, batchIndices(order, batch, 0));
    for (const [variant, ops] of Object.entries(handWrittenVariants())) {
      const layers = layersOf(before);
      handWrittenStep(ops, layers, LEARNING_RATE)(data);
      const gap = relativeGap(before, ours, (l) => [
        transpose(layers[l].W.dataSync(), before.sizes[l], before.sizes[l + 1]),
        layers[l].b.dataSync(),
      ]);
      disposeLayers(layers);
      if (!(gap <= TOLERANCE))
        throw new Error(
          `tfjs ${variant}, batch ${batch}: one step differs from ours by ${gap.toExponential(1)}` +
            ' of the largest change: not the same arithmetic',
        );
      worst = Math.max(worst, gap);
    }
    data.x.dispose();
    data.y.dispose();
  }
  return [
    `hand-written backprop, all ${Object.keys(handWrittenVariants()).length} variants: one SGD step` +
      ` changes every weight as ours does at B=` +
      `${BATCH_SIZES.join(', ')} (largest gap ${worst.toExponential(0)} of the largest change)`,
  ];
}

/** tfjs's [nIn, nOut] layout back to our row-per-neuron [nOut, nIn]. */
function transpose(t: ArrayLike<number>, nIn: number, nOut: number): Float64Array {
  const w = new Float64Array(nIn * nOut);
  for (let j = 0; j < nOut; j++) for (let k = 0; k < nIn; k++) w[j * nIn + k] = t[k * nOut + j];
  return w;
}

type Net = ReturnType<typeof createNetwork>;

/** max |Δtheirs − Δours| / max |Δours| over every weight and bias of every layer. */
function relativeGap(
  before: Net,
  ours: Net,
  theirs: (l: number) => [ArrayLike<number>, ArrayLike<number>],
): number {
  let gap = 0;
  let largest = 0;
  before.weights.forEach((_, l) => {
    const [w, b] = theirs(l);
    const pairs: [Float64Array, Float64Array, ArrayLike<number>][] = [
      [before.weights[l], ours.weights[l], w],
      [before.biases[l], ours.biases[l], b],
    ];
    for (const [start, mine, other] of pairs) {
      for (let i = 0; i < start.length; i++) {
        const change = mine[i] - start[i];
        largest = Math.max(largest, Math.abs(change));
        gap = Math.max(gap, Math.abs(other[i] - start[i] - change));
      }
    }
  });
  return gap / largest;
}
