import { sigmoid, slope } from '../../engine/activations';
import type { ChainParams, ChainTrace } from './chainModel';
import { LAST_LAYER, costFromActivation } from './chainModel';
import type { Quantity } from './quantities';
import { quantityDomain, quantityTex, quantityValue } from './quantities';

/** What the lab lets you study: the last layer's w, b and a⁽ᴸ⁻¹⁾, then one layer further back. */
export type StudiedId = 'w3' | 'b3' | 'a2' | 'w2' | 'b2';

export const STUDIED: Record<StudiedId, Quantity> = {
  w3: { symbol: 'w', layer: 3 },
  b3: { symbol: 'b', layer: 3 },
  a2: { symbol: 'a', layer: 2 },
  w2: { symbol: 'w', layer: 2 },
  b2: { symbol: 'b', layer: 2 },
};

/** A factor drawn as what it is: the slope of f at `at`, f plotted over `domain`. */
export interface SlopeCurve {
  f(v: number): number;
  at: number;
  domain: [number, number];
}

/** One factor ∂numerator/∂denominator of the chain rule, its value and the curve it is the slope of. */
export interface Factor {
  numerator: Quantity;
  denominator: Quantity;
  /** What the factor works out to, in symbols: a^{(2)}, σ′(z^{(3)}), 2(a^{(3)} − y). */
  meaningTex: string;
  value: number;
  curve: SlopeCurve;
}

/** The studied quantity feeds z of this layer: w⁽ˡ⁾ and b⁽ˡ⁾ feed z⁽ˡ⁾, a⁽ˡ⁻¹⁾ feeds z⁽ˡ⁾. */
export function fedLayer(q: Quantity): number {
  if (q.symbol === 'a') return q.layer + 1;
  if (q.symbol === 'w' || q.symbol === 'b') return q.layer;
  throw new Error(`${q.symbol} is not studied on its own`);
}

/** ∂z⁽ˡ⁾/∂q with z⁽ˡ⁾ = w⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾: the line z(q) with every other input held. */
function weightedSumFactor(q: Quantity, p: ChainParams, t: ChainTrace): Factor {
  const l = fedLayer(q);
  const w = p.w[l - 1];
  const b = p.b[l - 1];
  const aPrev = t.a[l - 1];
  const line =
    q.symbol === 'w'
      ? { slope: aPrev, intercept: b, meaningTex: `a^{(${l - 1})}` }
      : q.symbol === 'b'
        ? { slope: 1, intercept: w * aPrev, meaningTex: '1' }
        : { slope: w, intercept: b, meaningTex: quantityTex({ symbol: 'w', layer: l }) };
  return {
    numerator: { symbol: 'z', layer: l },
    denominator: q,
    meaningTex: line.meaningTex,
    value: line.slope,
    curve: {
      f: (v) => line.slope * v + line.intercept,
      at: quantityValue(q, p, t),
      domain: quantityDomain(q),
    },
  };
}

/** ∂a⁽ˡ⁾/∂z⁽ˡ⁾ = σ′(z⁽ˡ⁾): the slope of the sigmoid at z⁽ˡ⁾. */
function activationFactor(l: number, t: ChainTrace): Factor {
  const z = { symbol: 'z', layer: l } as const;
  return {
    numerator: { symbol: 'a', layer: l },
    denominator: z,
    meaningTex: `\\sigma'(${quantityTex(z)})`,
    value: slope('sigmoid', t.z[l], t.a[l]),
    curve: { f: sigmoid, at: t.z[l], domain: quantityDomain(z) },
  };
}

/**
 * ∂C₀/∂a⁽ˡ⁾: 2(aᴸ − y) at the last layer, else what backpropagation brought back to a⁽ˡ⁾. Either
 * way the slope of C₀ as a function of a⁽ˡ⁾ alone.
 */
function costFactor(l: number, p: ChainParams, t: ChainTrace): Factor {
  const a = { symbol: 'a', layer: l } as const;
  const meaningTex =
    l === LAST_LAYER
      ? `2(${quantityTex(a)} - ${quantityTex({ symbol: 'y' })})`
      : `\\frac{\\partial ${quantityTex({ symbol: 'C' })}}{\\partial ${quantityTex(a)}}`;
  return {
    numerator: { symbol: 'C' },
    denominator: a,
    meaningTex,
    value: t.dCda[l],
    curve: { f: (v) => costFromActivation(p, l, v), at: t.a[l], domain: quantityDomain(a) },
  };
}

/** ∂C₀/∂q = ∂z⁽ˡ⁾/∂q · ∂a⁽ˡ⁾/∂z⁽ˡ⁾ · ∂C₀/∂a⁽ˡ⁾, the same three factors at every layer. */
export function chainFactors(q: Quantity, p: ChainParams, t: ChainTrace): Factor[] {
  const l = fedLayer(q);
  return [weightedSumFactor(q, p, t), activationFactor(l, t), costFactor(l, p, t)];
}

/** The engine's own ∂C₀/∂q from the backward pass (what the chain-rule product must equal). */
export function engineDerivative(q: Quantity, t: ChainTrace): number {
  if (q.symbol === 'w') return t.dCdw[q.layer - 1];
  if (q.symbol === 'b') return t.dCdb[q.layer - 1];
  if (q.symbol === 'a') return t.dCda[q.layer];
  throw new Error(`no derivative with respect to ${q.symbol}`);
}

export function product(factors: readonly Factor[]): number {
  return factors.reduce((acc, f) => acc * f.value, 1);
}
