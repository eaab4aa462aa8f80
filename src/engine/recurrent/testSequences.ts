import { createRng } from '../random';
import type { RecurrentModel, RecurrentSpec } from './recurrentModel';
import { createRecurrentModel, parameterArrays } from './recurrentModel';
import type { SequenceSet } from './sequences';

/** Fixtures for the recurrent engine's tests: small random models and sequences. */

/** Small shapes for gradient checks: every arrangement of layers and directions, sizes varied. */
export const SHAPES = [
  { name: '1 layer', layers: 1, bidirectional: false, inputSize: 4, hiddenSize: 3, steps: 5 },
  {
    name: '2 stacked layers',
    layers: 2,
    bidirectional: false,
    inputSize: 3,
    hiddenSize: 4,
    steps: 4,
  },
  { name: 'bidirectional', layers: 1, bidirectional: true, inputSize: 5, hiddenSize: 3, steps: 6 },
  {
    name: '2 bidirectional layers',
    layers: 2,
    bidirectional: true,
    inputSize: 3,
    hiddenSize: 3,
    steps: 4,
  },
] as const;

/** A seeded model with every parameter nudged, so no check runs at zero biases. */
export function randomModel(spec: RecurrentSpec, seed: number): RecurrentModel {
  const model = createRecurrentModel(spec, { seed });
  const rng = createRng(seed + 1000);
  for (const a of parameterArrays(model))
    for (let i = 0; i < a.length; i++) a[i] += 0.3 * rng.normal();
  return model;
}

export interface RandomSequences {
  set: SequenceSet;
  /** Example i, steps × inputSize, time-major. */
  xs: Float64Array[];
}

/** `count` sequences of N(0, 1) values with uniformly drawn labels. */
export function randomSequences(
  seed: number,
  count: number,
  steps: number,
  inputSize: number,
  classes: number,
): RandomSequences {
  const rng = createRng(seed);
  const xs = Array.from({ length: count }, () =>
    Float64Array.from({ length: steps * inputSize }, () => rng.normal()),
  );
  const labels = Uint8Array.from({ length: count }, () => rng.int(classes));
  return { xs, set: arraySequences(xs, labels, steps, inputSize) };
}

/** Sequences held as arrays (each steps × inputSize, time-major) as a SequenceSet. */
export function arraySequences(
  xs: readonly Float64Array[],
  labels: Uint8Array,
  steps: number,
  inputSize: number,
): SequenceSet {
  return {
    count: xs.length,
    steps,
    inputSize,
    labels,
    write(i, out, offset) {
      out.set(xs[i].subarray(0, steps * inputSize), offset);
    },
  };
}
