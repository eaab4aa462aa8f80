import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/random';
import type { ChainParams } from './chainModel';
import { DEFAULT_CHAIN, costFromActivation, traceChain } from './chainModel';
import { descentStep } from './descent';
import type { StudiedId } from './factors';
import { STUDIED, chainFactors, engineDerivative, product } from './factors';
import { chainRuleTex } from './formulaTex';
import { NUDGE_SIZES, nudgeRows } from './nudges';
import { quantityValue, withQuantity } from './quantities';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** The chain computed by hand, independently of the engine. */
function byHand(p: ChainParams) {
  const a = [p.x];
  const z = [NaN];
  for (let l = 1; l <= 3; l++) {
    z.push(p.w[l - 1] * a[l - 1] + p.b[l - 1]);
    a.push(sig(z[l]));
  }
  const s = (l: number) => a[l] * (1 - a[l]);
  const dCda3 = 2 * (a[3] - p.y);
  const dCda2 = p.w[2] * s(3) * dCda3;
  return {
    z,
    a,
    cost: (a[3] - p.y) ** 2,
    // 3Blue1Brown's products, written out.
    expected: {
      w3: a[2] * s(3) * dCda3,
      b3: 1 * s(3) * dCda3,
      a2: dCda2,
      w2: a[1] * s(2) * dCda2,
      b2: 1 * s(2) * dCda2,
    } satisfies Record<StudiedId, number>,
  };
}

function randomChains(n: number): ChainParams[] {
  const rng = createRng(7);
  const u = (lo: number, hi: number) => lo + (hi - lo) * rng.next();
  return Array.from({ length: n }, () => ({
    x: u(0, 1),
    w: [u(-3, 3), u(-3, 3), u(-3, 3)],
    b: [u(-2, 2), u(-2, 2), u(-2, 2)],
    y: u(0, 1),
  }));
}

const CHAINS = [DEFAULT_CHAIN, ...randomChains(5)];
const IDS = Object.keys(STUDIED) as StudiedId[];

describe('the chain through the engine', () => {
  it('matches z = w·a + b, a = σ(z), C₀ = (aᴸ − y)² computed by hand', () => {
    for (const p of CHAINS) {
      const t = traceChain(p);
      const h = byHand(p);
      for (let l = 1; l <= 3; l++) {
        expect(t.z[l]).toBeCloseTo(h.z[l], 14);
        expect(t.a[l]).toBeCloseTo(h.a[l], 14);
      }
      expect(t.cost).toBeCloseTo(h.cost, 14);
    }
  });

  it('the three factors multiply to the engine’s gradient and to 3Blue1Brown’s formula', () => {
    for (const p of CHAINS) {
      const t = traceChain(p);
      const h = byHand(p);
      for (const id of IDS) {
        const factors = chainFactors(STUDIED[id], p, t);
        expect(factors).toHaveLength(3);
        expect(product(factors)).toBeCloseTo(engineDerivative(STUDIED[id], t), 14);
        expect(product(factors)).toBeCloseTo(h.expected[id], 14);
      }
    }
  });

  it('each factor is the slope of the curve drawn for it', () => {
    for (const p of CHAINS) {
      const t = traceChain(p);
      for (const id of IDS) {
        for (const f of chainFactors(STUDIED[id], p, t)) {
          const { curve } = f;
          const e = 1e-5;
          const numeric = (curve.f(curve.at + e) - curve.f(curve.at - e)) / (2 * e);
          expect(numeric).toBeCloseTo(f.value, 8);
          // The curve passes through the current value of the factor's numerator.
          if (f.numerator.symbol !== 'C')
            expect(curve.f(curve.at)).toBeCloseTo(quantityValue(f.numerator, p, t), 12);
          else expect(curve.f(curve.at)).toBeCloseTo(t.cost, 12);
        }
      }
    }
  });

  it('writes 3Blue1Brown’s three factors for wᴸ, and ∂C₀/∂a one layer back', () => {
    const t = traceChain(DEFAULT_CHAIN);
    const last = chainRuleTex(STUDIED.w3, chainFactors(STUDIED.w3, DEFAULT_CHAIN, t));
    expect(last).toMatch(
      /= a\^\{\(2\)\} \\cdot \\sigma'\(.*z\^\{\(3\)\}.*\) \\cdot 2\(a\^\{\(3\)\} - /,
    );
    const back = chainRuleTex(STUDIED.b2, chainFactors(STUDIED.b2, DEFAULT_CHAIN, t));
    expect(back).toMatch(
      /= 1 \\cdot \\sigma'.*\\cdot \\frac\{\\partial .*C_0\}\}\{\\partial a\^\{\(2\)\}\}/,
    );
  });

  it('C₀ from a⁽ᴸ⁾ alone is (a − y)²', () => {
    const p = DEFAULT_CHAIN;
    expect(costFromActivation(p, 3, 0.3)).toBeCloseTo((0.3 - p.y) ** 2, 15);
  });
});

describe('the ratio of nudges', () => {
  it('approaches the chain-rule product, the error falling with the nudge', () => {
    for (const p of CHAINS) {
      const t = traceChain(p);
      for (const id of IDS) {
        const chain = product(chainFactors(STUDIED[id], p, t));
        const rows = nudgeRows(p, STUDIED[id], chain);
        expect(rows.map((r) => r.nudge)).toEqual(NUDGE_SIZES);
        const errors = rows.map((r) => Math.abs(r.error));
        // A one-sided nudge is off by ½·C″·h + O(h²): once h is small (0.01 and below) ten times
        // smaller nudge, ten times smaller error. At 0.1 the h² term can still cancel the h term.
        for (let i = 2; i < rows.length; i++) {
          expect(errors[i]).toBeLessThan(errors[i - 1] / 5);
        }
        expect(errors[rows.length - 1]).toBeLessThan(errors[0] / 100);
        expect(errors[errors.length - 1]).toBeLessThan(1e-4 * Math.max(1, Math.abs(chain)));
      }
    }
  });

  it('reports ΔC and ΔC/Δq for the largest nudge of the default chain', () => {
    const p = DEFAULT_CHAIN;
    const moved = { ...p, w: [p.w[0], p.w[1], p.w[2] + 0.1] };
    const row = nudgeRows(p, STUDIED.w3, 0)[0];
    expect(row.deltaCost).toBeCloseTo(traceChain(moved).cost - traceChain(p).cost, 15);
    expect(row.ratio).toBeCloseTo(row.deltaCost / 0.1, 12);
  });
});

describe('dragging', () => {
  it('sets a hidden activation by re-solving its bias', () => {
    const p = DEFAULT_CHAIN;
    const t = traceChain(p);
    const moved = withQuantity(p, t, { symbol: 'a', layer: 2 }, 0.8);
    expect(traceChain(moved).a[2]).toBeCloseTo(0.8, 12);
    expect(moved.w).toEqual(p.w);
    expect(moved.b[2]).toBe(p.b[2]);
  });

  it('keeps parameters on their number lines and leaves z, aᴸ and C₀ alone', () => {
    const p = DEFAULT_CHAIN;
    const t = traceChain(p);
    expect(withQuantity(p, t, { symbol: 'w', layer: 3 }, 99).w[2]).toBe(5);
    expect(withQuantity(p, t, { symbol: 'y' }, -1).y).toBe(0);
    expect(withQuantity(p, t, { symbol: 'z', layer: 3 }, 1)).toBe(p);
    expect(withQuantity(p, t, { symbol: 'a', layer: 3 }, 0.5)).toBe(p);
  });
});

describe('gradient descent on the chain', () => {
  it('steps every parameter by −η ∂C/∂p and makes C₀ fall', () => {
    const p = DEFAULT_CHAIN;
    const t = traceChain(p);
    const next = descentStep(p, 0.5);
    next.w.forEach((w, i) => expect(w).toBeCloseTo(p.w[i] - 0.5 * t.dCdw[i], 15));
    next.b.forEach((b, i) => expect(b).toBeCloseTo(p.b[i] - 0.5 * t.dCdb[i], 15));
    let q = p;
    let last = t.cost;
    for (let i = 0; i < 100; i++) {
      q = descentStep(q, 1);
      const c = traceChain(q).cost;
      expect(c).toBeLessThan(last);
      last = c;
    }
    expect(last).toBeLessThan(t.cost / 50);
  });
});
