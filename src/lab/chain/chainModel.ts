import { exampleCost } from '../../engine/costs';
import type { Network, NetworkSpec } from '../../engine/network';
import { forward } from '../../engine/network';
import { traceExample } from '../../engine/trace';

/** Layers after the input: a⁽¹⁾, a⁽²⁾, a⁽³⁾ = aᴸ. */
export const LAST_LAYER = 3;

/**
 * The chain x → a⁽¹⁾ → a⁽²⁾ → a⁽³⁾ of 3Blue1Brown ch. 4: one neuron per layer, so three weights
 * and three biases. w[l − 1] is w⁽ˡ⁾ and b[l − 1] is b⁽ˡ⁾; y is the target of the last neuron.
 */
export interface ChainParams {
  x: number;
  w: readonly number[];
  b: readonly number[];
  y: number;
}

/** A start where every factor of the chain rule is visibly away from 0 and C₀ has room to fall. */
export const DEFAULT_CHAIN: ChainParams = {
  x: 1,
  w: [1.2, -1.5, 2],
  b: [-0.4, 0.8, -1],
  y: 1,
};

/** The same engine as the big network, at sizes [1, 1, 1, 1] with C₀ = (aᴸ − y)². */
export const CHAIN_SPEC: NetworkSpec = {
  sizes: [1, 1, 1, 1],
  hidden: 'sigmoid',
  output: 'sigmoid',
  cost: 'squared',
};

/** Every value of one pass, indexed by layer (0 = input): what the page shows. */
export interface ChainTrace {
  /** z[0] is NaN: the input has no weighted sum. */
  z: number[];
  a: number[];
  cost: number;
  dCda: number[];
  /** δ⁽ˡ⁾ = ∂C/∂z⁽ˡ⁾; dCdz[0] is NaN. */
  dCdz: number[];
  /** dCdw[l − 1] = ∂C/∂w⁽ˡ⁾, dCdb[l − 1] = ∂C/∂b⁽ˡ⁾. */
  dCdw: number[];
  dCdb: number[];
}

export function chainNetwork(p: ChainParams): Network {
  return {
    ...CHAIN_SPEC,
    sizes: [...CHAIN_SPEC.sizes],
    weights: p.w.map((v) => Float64Array.of(v)),
    biases: p.b.map((v) => Float64Array.of(v)),
  };
}

const first = (v: Float64Array) => v[0] ?? NaN;

/** Forward and backward pass of the chain, by the engine's traceExample. */
export function traceChain(p: ChainParams): ChainTrace {
  const t = traceExample(chainNetwork(p), Float64Array.of(p.x), Float64Array.of(p.y));
  return {
    z: t.z.map(first),
    a: t.a.map(first),
    cost: t.cost,
    dCda: t.dCda.map(first),
    dCdz: t.dCdz.map(first),
    dCdw: t.dCdW.map(first),
    dCdb: t.dCdb.map(first),
  };
}

/**
 * C₀ as a function of a⁽ˡ⁾ alone: the rest of the chain (layers l+1..L) run from that
 * activation. At l = L it is (a − y)². The engine's forward over the tail network does it.
 */
export function costFromActivation(p: ChainParams, layer: number, a: number): number {
  const tail: Network = {
    ...CHAIN_SPEC,
    sizes: CHAIN_SPEC.sizes.slice(layer),
    weights: p.w.slice(layer).map((v) => Float64Array.of(v)),
    biases: p.b.slice(layer).map((v) => Float64Array.of(v)),
  };
  const pass = forward(tail, Float64Array.of(a));
  const end = tail.sizes.length - 1;
  // The squared cost reads only a, so the empty z of a zero-layer tail (l = L) is never read.
  return exampleCost('squared', 'sigmoid', pass.z[end], pass.a[end], Float64Array.of(p.y), 0, 1);
}
