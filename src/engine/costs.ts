import type { OutputActivation } from './activations';
import { outputJacobianT } from './activations';

/**
 * Costs of one example. 'squared' is 3Blue1Brown's C₀ = Σ(aⱼ − yⱼ)²; 'half-squared' is the
 * ½Σ(aⱼ − yⱼ)² of the classic worked example; 'cross-entropy' is −Σ yⱼ ln aⱼ after a softmax
 * and the per-output −Σ[yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)] after sigmoids. The cost of a batch is
 * the mean over its examples.
 */
export type CostName = 'squared' | 'half-squared' | 'cross-entropy';
export const COSTS: readonly CostName[] = ['squared', 'half-squared', 'cross-entropy'];

/** ln(1 + eˣ) without overflow. */
function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** Cost of one example whose output slice (z, a) starts at off; y is the target vector. */
export function exampleCost(
  cost: CostName,
  output: OutputActivation,
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  off: number,
  n: number,
): number {
  let c = 0;
  if (cost !== 'cross-entropy') {
    for (let j = 0; j < n; j++) {
      const d = a[off + j] - y[j];
      c += d * d;
    }
    return cost === 'squared' ? c : 0.5 * c;
  }
  if (output === 'softmax') {
    // ln aⱼ = zⱼ − ln Σ exp(z), computed from z so a saturated output never gives ln 0.
    let max = -Infinity;
    for (let j = 0; j < n; j++) max = Math.max(max, z[off + j]);
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.exp(z[off + j] - max);
    const logSum = max + Math.log(sum);
    for (let j = 0; j < n; j++) c -= y[j] * (z[off + j] - logSum);
    return c;
  }
  // ln σ(z) = −softplus(−z), ln(1 − σ(z)) = −softplus(z).
  for (let j = 0; j < n; j++) {
    const zj = z[off + j];
    c += y[j] * softplus(-zj) + (1 - y[j]) * softplus(zj);
  }
  return c;
}

/** ∂C/∂a for the output slice (shown to students; may be ±∞ for a saturated cross-entropy). */
export function costGradient(
  cost: CostName,
  output: OutputActivation,
  a: Float64Array,
  y: Float64Array,
  dCda: Float64Array,
  off: number,
  n: number,
): void {
  for (let j = 0; j < n; j++) {
    const aj = a[off + j];
    const yj = y[j];
    if (cost === 'squared') dCda[off + j] = 2 * (aj - yj);
    else if (cost === 'half-squared') dCda[off + j] = aj - yj;
    else if (output === 'softmax') dCda[off + j] = -yj / aj;
    else dCda[off + j] = (aj - yj) / (aj * (1 - aj));
  }
}

/**
 * δ = ∂C/∂z of the output layer. Cross-entropy paired with its matching output collapses to
 * a − y exactly (and stays finite when an output saturates); the other pairs go through the
 * output activation's Jacobian.
 */
export function outputDelta(
  cost: CostName,
  output: OutputActivation,
  a: Float64Array,
  y: Float64Array,
  dCda: Float64Array,
  dCdz: Float64Array,
  off: number,
  n: number,
): void {
  if (cost === 'cross-entropy') {
    for (let j = 0; j < n; j++) dCdz[off + j] = a[off + j] - y[j];
    return;
  }
  costGradient(cost, output, a, y, dCda, off, n);
  outputJacobianT(output, a, dCda, dCdz, off, n);
}
