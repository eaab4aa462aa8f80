import type { DigitSet } from './dataset';
import { digitInput } from './dataset';
import type { Network } from './network';
import { forward } from './network';
import type { Rng } from './random';
import { applyGradient, oneHot, traceBatch } from './trace';

export interface Correction {
  /** The output activations for the example before and after the steps. */
  before: Float64Array;
  after: Float64Array;
}

export interface CorrectionOptions {
  steps: number;
  learningRate: number;
  /** Training digits mixed into every step, so the network does not forget the rest. */
  replay: { set: DigitSet; count: number; rng: Rng } | null;
}

const outputs = (net: Network, input: Float64Array) => forward(net, input).a[net.sizes.length - 1];

/**
 * "Correct me": a few gradient steps on one example with the right label, each on a small
 * mini-batch of that example plus replayed training digits.
 */
export function correctExample(
  net: Network,
  input: Float64Array,
  label: number,
  options: CorrectionOptions,
): Correction {
  const before = outputs(net, input);
  const n = net.sizes[net.sizes.length - 1];
  for (let step = 0; step < options.steps; step++) {
    const inputs = [input];
    const targets = [oneHot(label, n)];
    const replay = options.replay;
    for (let i = 0; replay && i < replay.count; i++) {
      const index = Math.floor(replay.rng.next() * replay.set.count);
      inputs.push(digitInput(replay.set, index));
      targets.push(oneHot(replay.set.labels[index], n));
    }
    const batch = traceBatch(net, inputs, targets);
    applyGradient(net, batch.dCdW, batch.dCdb, options.learningRate);
  }
  return { before, after: outputs(net, input) };
}
