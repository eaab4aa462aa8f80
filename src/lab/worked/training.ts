import type { Network } from '../../engine/network';
import type { ExampleTrace } from '../../engine/trace';
import { applyGradient, traceExample } from '../../engine/trace';
import type { BiasMode } from './classicExample';
import { INPUT, LEARNING_RATE, TARGET, createClassicNetwork } from './classicExample';

/**
 * One gradient-descent step on the example, in place, with the engine that trains MNIST.
 * Returns the trace of the step (its error is the error before the update).
 */
export function gradientStep(net: Network, mode: BiasMode): ExampleTrace {
  const trace = traceExample(net, INPUT, TARGET);
  const biasGradient =
    mode === 'fixed' ? trace.dCdb.map((g) => new Float64Array(g.length)) : trace.dCdb;
  applyGradient(net, trace.dCdW, biasGradient, LEARNING_RATE);
  return trace;
}

export interface WorkedRun {
  mode: BiasMode;
  steps: number;
  /** errors[s] is E_total after s steps: errors[0] is the untrained 0.298371109. */
  errors: Float64Array;
  /** out(o1), out(o2) after the last step. */
  outputs: Float64Array;
  net: Network;
}

/** `steps` steps from the example's starting weights. */
export function runSteps(mode: BiasMode, steps: number): WorkedRun {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`Bad step count ${steps}`);
  const net = createClassicNetwork();
  const errors = new Float64Array(steps + 1);
  for (let s = 0; s < steps; s++) errors[s] = gradientStep(net, mode).cost;
  const last = traceExample(net, INPUT, TARGET);
  errors[steps] = last.cost;
  return { mode, steps, errors, outputs: last.a[2], net };
}
