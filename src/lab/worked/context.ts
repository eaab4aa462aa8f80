import type { Network } from '../../engine/network';
import { cloneNetwork } from '../../engine/network';
import type { ExampleTrace } from '../../engine/trace';
import type { BiasMode } from './classicExample';
import { createClassicNetwork } from './classicExample';
import { gradientStep } from './training';

/** The engine's record of the example's first step: everything the hand calculation reads. */
export interface WorkedContext {
  mode: BiasMode;
  /** Weights and biases before the step. */
  net: Network;
  trace: ExampleTrace;
  /** Weights and biases after the step. */
  updated: Network;
}

export function workedContext(mode: BiasMode): WorkedContext {
  const net = createClassicNetwork();
  const updated = cloneNetwork(net);
  const trace = gradientStep(updated, mode);
  return { mode, net, trace, updated };
}
