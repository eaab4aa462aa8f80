import { applyGradient, traceExample } from '../../engine/trace';
import type { ChainParams } from './chainModel';
import { chainNetwork } from './chainModel';

/** One gradient-descent step on all six parameters: w ← w − η ∂C/∂w, by the engine. */
export function descentStep(p: ChainParams, learningRate: number): ChainParams {
  const net = chainNetwork(p);
  const t = traceExample(net, Float64Array.of(p.x), Float64Array.of(p.y));
  applyGradient(net, t.dCdW, t.dCdb, learningRate);
  return { ...p, w: net.weights.map((w) => w[0]), b: net.biases.map((b) => b[0]) };
}
