import type { Network, NetworkSpec } from './network';
import { cloneNetwork, forward } from './network';
import { exampleCost } from './costs';
import type { ExampleTrace } from './trace';
import { applyGradient, oneHot, traceExample } from './trace';

/** One parameter: weight w_jk or bias b_j of neuron j in layer `layer` (1 = first hidden). */
export type ParamRef =
  | { kind: 'weight'; layer: number; j: number; k: number }
  | { kind: 'bias'; layer: number; j: number };

/**
 * Everything the backprop timeline shows, computed once: the parameters as they were, the
 * forward and backward pass of one labelled example, and the forward pass after one
 * gradient-descent step on that example alone. Scrubbing only reads it.
 */
export interface BackpropLesson {
  spec: NetworkSpec;
  weights: Float64Array[];
  biases: Float64Array[];
  input: Float64Array;
  label: number;
  learningRate: number;
  trace: ExampleTrace;
  after: {
    weights: Float64Array[];
    biases: Float64Array[];
    z: Float64Array[];
    a: Float64Array[];
    cost: number;
  };
}

function lessonNetwork(lesson: BackpropLesson): Network {
  return { ...lesson.spec, weights: lesson.weights, biases: lesson.biases };
}

function costOf(net: Network, input: Float64Array, target: Float64Array): number {
  const { z, a } = forward(net, input);
  const L = net.sizes.length - 1;
  return exampleCost(net.cost, net.output, z[L], a[L], target, 0, net.sizes[L]);
}

export function traceLesson(
  net: Network,
  input: Float64Array,
  label: number,
  learningRate: number,
): BackpropLesson {
  const own = cloneNetwork(net);
  const target = oneHot(label, net.sizes[net.sizes.length - 1]);
  const trace = traceExample(own, input, target);
  const stepped = cloneNetwork(own);
  applyGradient(stepped, trace.dCdW, trace.dCdb, learningRate);
  const { z, a } = forward(stepped, input);
  const { sizes, hidden, output, cost } = own;
  const L = sizes.length - 1;
  return {
    spec: { sizes, hidden, output, cost },
    weights: own.weights,
    biases: own.biases,
    input,
    label,
    learningRate,
    trace,
    after: {
      weights: stepped.weights,
      biases: stepped.biases,
      z,
      a,
      cost: exampleCost(cost, output, z[L], a[L], target, 0, sizes[L]),
    },
  };
}

/** The value of a parameter as the lesson traced it. */
export function paramValue(lesson: BackpropLesson, p: ParamRef): number {
  const l = p.layer - 1;
  if (p.kind === 'bias') return lesson.biases[l][p.j];
  return lesson.weights[l][p.j * lesson.spec.sizes[l] + p.k];
}

/** ∂C/∂p from the lesson's backward pass. */
export function paramGradient(lesson: BackpropLesson, p: ParamRef): number {
  const l = p.layer - 1;
  if (p.kind === 'bias') return lesson.trace.dCdb[l][p.j];
  return lesson.trace.dCdW[l][p.j * lesson.spec.sizes[l] + p.k];
}

/**
 * The cost after nudging one parameter by h, everything else as traced: ΔC/Δp, the
 * derivative as a ratio of nudges (3Blue1Brown ch. 4), without touching the lesson.
 */
export function nudgedCost(lesson: BackpropLesson, p: ParamRef, h: number): number {
  const l = p.layer - 1;
  const weights = lesson.weights.slice();
  const biases = lesson.biases.slice();
  if (p.kind === 'bias') {
    biases[l] = biases[l].slice();
    biases[l][p.j] += h;
  } else {
    weights[l] = weights[l].slice();
    weights[l][p.j * lesson.spec.sizes[l] + p.k] += h;
  }
  return costOf(lessonNetwork({ ...lesson, weights, biases }), lesson.input, lesson.trace.target);
}

/** Every array of a lesson, for postMessage's transfer list. */
export function lessonArrays(lesson: BackpropLesson): Float64Array[] {
  const t = lesson.trace;
  return [
    ...lesson.weights,
    ...lesson.biases,
    lesson.input,
    t.target,
    ...t.z,
    ...t.a,
    ...t.dCda,
    ...t.dCdz,
    ...t.dCdW,
    ...t.dCdb,
    ...lesson.after.weights,
    ...lesson.after.biases,
    ...lesson.after.z,
    ...lesson.after.a,
  ];
}
