/**
 * Floating-point operations in one training example of a sigmoid network with squared cost,
 * a multiply-add counted as 2. Per non-input neuron: bias add, sigmoid (negate, exp, add,
 * divide), σ′ = a(1 − a), δ = σ′ · ∂C/∂a and the bias-gradient add; per output also ∂C/∂a = 2(a − y).
 */
const FLOPS_PER_NEURON = 9;
const FLOPS_PER_OUTPUT = 2;

export interface FlopCount {
  forward: number;
  weightGradients: number;
  hiddenDeltas: number;
  neurons: number;
  total: number;
}

export function trainingFlopsPerExample(sizes: readonly number[]): FlopCount {
  let forward = 0;
  let hiddenDeltas = 0;
  let neurons = 0;
  for (let l = 1; l < sizes.length; l++) {
    const connections = sizes[l - 1] * sizes[l];
    forward += 2 * connections;
    // δ flows back into every layer but the input, so the first layer's weights carry none.
    if (l >= 2) hiddenDeltas += 2 * connections;
    neurons += FLOPS_PER_NEURON * sizes[l];
  }
  neurons += FLOPS_PER_OUTPUT * sizes[sizes.length - 1];
  const weightGradients = forward;
  return {
    forward,
    weightGradients,
    hiddenDeltas,
    neurons,
    total: forward + weightGradients + hiddenDeltas + neurons,
  };
}
