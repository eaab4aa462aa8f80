import { paint } from '../../math/symbols';
import type { VizColors } from '../../viz/palette';
import type { ChainParams, ChainTrace } from './chainModel';
import { LAST_LAYER } from './chainModel';

/** A quantity of the chain: w⁽ˡ⁾, b⁽ˡ⁾, z⁽ˡ⁾, a⁽ˡ⁾ (a⁽⁰⁾ is the input x), y or C₀. */
export type Quantity =
  { symbol: 'w' | 'b' | 'z' | 'a'; layer: number } | { symbol: 'y' } | { symbol: 'C' };

export const W_B_RANGE = 5;
/** |z| = |w·a + b| ≤ |w| + |b| for a in [0, 1]. */
const Z_RANGE = 2 * W_B_RANGE;
/** Dragging an activation stops short of 0 and 1, where the bias that makes it would be infinite. */
const A_MARGIN = 0.005;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function quantityLabel(q: Quantity): string {
  if (q.symbol === 'C') return 'C₀';
  if (q.symbol === 'y') return 'y';
  return `${q.symbol}⁽${SUPERSCRIPT[q.layer]}⁾`;
}

/** A stable id for test ids and React keys: w3, a2, y, C. */
export function quantityId(q: Quantity): string {
  return 'layer' in q ? `${q.symbol}${q.layer}` : q.symbol;
}

export function quantityTex(q: Quantity): string {
  switch (q.symbol) {
    case 'w':
      return paint('weight', `w^{(${q.layer})}`);
    case 'b':
      return paint('bias', `b^{(${q.layer})}`);
    case 'z':
      return paint('z', `z^{(${q.layer})}`);
    case 'a':
      return `a^{(${q.layer})}`;
    case 'y':
      return paint('y', 'y');
    case 'C':
      return paint('cost', 'C_0');
  }
}

/** 3Blue1Brown's colours: w blue, b pink, z green, y gold, C red, activations neutral. */
export function quantityColor(q: Quantity, colors: VizColors): string {
  if (q.symbol === 'y') return colors.y;
  if (q.symbol === 'C') return colors.cost;
  const bySymbol = { w: colors.weight, b: colors.bias, z: colors.z, a: colors.text };
  return bySymbol[q.symbol];
}

/** The stretch of the number line a quantity lives on. */
export function quantityDomain(q: Quantity): [number, number] {
  if (q.symbol === 'w' || q.symbol === 'b') return [-W_B_RANGE, W_B_RANGE];
  if (q.symbol === 'z') return [-Z_RANGE, Z_RANGE];
  return [0, 1];
}

export function quantityValue(q: Quantity, p: ChainParams, t: ChainTrace): number {
  switch (q.symbol) {
    case 'w':
      return p.w[q.layer - 1];
    case 'b':
      return p.b[q.layer - 1];
    case 'z':
      return t.z[q.layer];
    case 'a':
      return t.a[q.layer];
    case 'y':
      return p.y;
    case 'C':
      return t.cost;
  }
}

/** Parameters and y are set directly; a hidden activation is set through its own bias. */
export function isDraggable(q: Quantity): boolean {
  if (q.symbol === 'z' || q.symbol === 'C') return false;
  return q.symbol !== 'a' || (q.layer >= 1 && q.layer < LAST_LAYER);
}

const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));

function replaced(values: readonly number[], i: number, v: number): number[] {
  return values.map((old, j) => (j === i ? v : old));
}

/**
 * The chain with one quantity moved to v (clamped to its line). a⁽ˡ⁾ is not a parameter: it
 * moves by re-solving b⁽ˡ⁾ = σ⁻¹(a⁽ˡ⁾) − w⁽ˡ⁾a⁽ˡ⁻¹⁾, so the network stays one consistent chain.
 */
export function withQuantity(p: ChainParams, t: ChainTrace, q: Quantity, v: number): ChainParams {
  const domain = quantityDomain(q);
  switch (q.symbol) {
    case 'w':
      return { ...p, w: replaced(p.w, q.layer - 1, clamp(v, domain)) };
    case 'b':
      return { ...p, b: replaced(p.b, q.layer - 1, clamp(v, domain)) };
    case 'y':
      return { ...p, y: clamp(v, domain) };
    case 'a': {
      if (!isDraggable(q)) return p;
      const a = clamp(v, [A_MARGIN, 1 - A_MARGIN]);
      const bias = Math.log(a / (1 - a)) - p.w[q.layer - 1] * t.a[q.layer - 1];
      return {
        ...p,
        b: replaced(p.b, q.layer - 1, clamp(bias, quantityDomain({ symbol: 'b', layer: q.layer }))),
      };
    }
    default:
      return p;
  }
}
