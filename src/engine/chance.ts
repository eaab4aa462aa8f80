import { exampleCost } from './costs';
import type { NetworkSpec } from './network';

/**
 * The cost of a network that knows nothing: every output at 1/n whatever the input.
 * Training whose cost climbs far above this has diverged.
 */
export function chanceCost(spec: NetworkSpec): number {
  const n = spec.sizes[spec.sizes.length - 1];
  const a = new Float64Array(n).fill(1 / n);
  // z with σ(z) = 1/n, or equal logits for a softmax.
  const z = new Float64Array(n).fill(spec.output === 'softmax' ? 0 : Math.log(1 / (n - 1)));
  const y = new Float64Array(n);
  y[0] = 1;
  return exampleCost(spec.cost, spec.output, z, a, y, 0, n);
}
