import type { CostName } from '../../engine/costs';
import { costGradient, exampleCost, outputDelta } from '../../engine/costs';
import { oneHot } from '../../engine/trace';
import type { LayerValues } from './layer';

/** The two costs this view compares, both after a softmax output. */
export type ComparedCost = Extract<CostName, 'squared' | 'cross-entropy'>;
export const COMPARED_COSTS: readonly ComparedCost[] = ['squared', 'cross-entropy'];

/** One cost's view of the output layer: C, ∂C/∂s and δ = ∂C/∂x, all from the engine. */
export interface OutputSignals {
  cost: number;
  dCds: Float64Array;
  delta: Float64Array;
  /** √Σδᵢ²: how hard this cost pushes the layer's inputs at all. */
  deltaSize: number;
}

/** The softmax layer's output signals for a one-hot target (0-based `target`). */
export function outputSignals(
  cost: ComparedCost,
  { x, softmax }: LayerValues,
  target: number,
): OutputSignals {
  const n = softmax.length;
  const y = oneHot(target, n);
  const dCds = new Float64Array(n);
  const delta = new Float64Array(n);
  // outputDelta skips ∂C/∂s for cross-entropy (δ = s − y needs none), so it is computed here.
  costGradient(cost, 'softmax', softmax, y, dCds, 0, n);
  outputDelta(cost, 'softmax', softmax, y, dCds, delta, 0, n);
  return {
    cost: exampleCost(cost, 'softmax', x, softmax, y, 0, n),
    dCds,
    delta,
    deltaSize: Math.hypot(...delta),
  };
}
