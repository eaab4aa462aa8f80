import { describe, expect, it } from 'vitest';
import { forward } from '../../engine/network';
import { exampleCost } from '../../engine/costs';
import type { Network } from '../../engine/network';
import { cloneNetwork } from '../../engine/network';
import {
  CLASSIC_PRINTED,
  INPUT,
  TARGET,
  createClassicNetwork,
  weightPlace,
} from './classicExample';
import { derivationTex, rowParts } from './derivation';
import { handCalculation } from './handCalculation';
import { shown } from './quantity';

const fixed = handCalculation('fixed');
const valueOf = (id: string, calc = fixed) => {
  const q = calc.byId.get(id);
  if (!q) throw new Error(`no quantity ${id}`);
  return q.value;
};

/** E_total of a network on the example, from a plain forward pass (no backprop involved). */
function errorOf(net: Network): number {
  const { z, a } = forward(net, INPUT);
  return exampleCost('half-squared', 'sigmoid', z[2], a[2], TARGET, 0, 2);
}

describe('the worked example as the page shows it', () => {
  it('shows the classic forward pass, error and first step in every printed digit', () => {
    const printed: Record<string, string> = {
      'out-h1': '0.593269992',
      'out-h2': '0.596884378',
      'out-o1': '0.75136507',
      'out-o2': '0.772928465',
      'e-total': '0.298371109',
      'new-w5': '0.35891648',
      'new-w6': '0.408666186',
      'new-w7': '0.51130127',
      'new-w8': '0.561370121',
      'new-w1': '0.149780716',
      'new-w2': '0.19956143',
      'new-w3': '0.24975114',
      'new-w4': '0.29950229',
    };
    for (const [id, figure] of Object.entries(printed)) {
      const decimals = figure.split('.')[1].length;
      expect(Number(shown(valueOf(id))).toFixed(decimals), id).toBe(figure);
    }
    expect(shown(valueOf('out-o1'))).toBe('0.75136507');
    expect(shown(valueOf('out-o2'))).toBe('0.772928465');
    expect(shown(valueOf('e-total'))).toBe('0.298371109');
    expect(shown(valueOf('new-w5'))).toBe('0.35891648');
    expect(shown(valueOf('new-w1'))).toBe('0.149780716');
    expect(shown(valueOf('out-o1'))).not.toBe(CLASSIC_PRINTED.outO1Typo);
  });

  it('matches the classic intermediate figures of the backward pass', () => {
    const classic: Record<string, number> = {
      'dE-dout-o1': 0.74136507,
      'dout-dnet-o1': 0.186815602,
      'grad-w5': 0.082167041,
      'dEo1-dout-h1': 0.055399425,
      'dEo2-dout-h1': -0.019049119,
      'dE-dout-h1': 0.036350306,
      'dout-dnet-h1': 0.241300709,
      'grad-w1': 0.000438568,
    };
    for (const [id, figure] of Object.entries(classic)) {
      expect(valueOf(id), id).toBeCloseTo(figure, 8);
    }
  });

  it('agrees with central finite differences of the error for every weight and bias', () => {
    const h = 1e-6;
    const start = createClassicNetwork();
    const updated = handCalculation('updated');
    for (let n = 1; n <= 8; n++) {
      const { layer, j, k } = weightPlace(n);
      const nudged = (d: number) => {
        const net = cloneNetwork(start);
        net.weights[layer][j * 2 + k] += d;
        return errorOf(net);
      };
      expect(valueOf(`grad-w${n}`)).toBeCloseTo((nudged(h) - nudged(-h)) / (2 * h), 8);
    }
    for (const [layer, id] of [
      [0, 'h'],
      [1, 'o'],
    ] as const) {
      for (const j of [0, 1]) {
        const nudged = (d: number) => {
          const net = cloneNetwork(start);
          net.biases[layer][j] += d;
          return errorOf(net);
        };
        const numeric = (nudged(h) - nudged(-h)) / (2 * h);
        expect(valueOf(`grad-b-${id}${j + 1}`, updated)).toBeCloseTo(numeric, 8);
      }
    }
  });

  it('adds both outputs’ contributions for a hidden neuron, and δ is the product of its factors', () => {
    for (const h of [1, 2]) {
      const sum = valueOf(`dEo1-dout-h${h}`) + valueOf(`dEo2-dout-h${h}`);
      expect(valueOf(`dE-dout-h${h}`)).toBeCloseTo(sum, 15);
    }
    for (const id of ['h1', 'h2', 'o1', 'o2']) {
      const product = valueOf(`dE-dout-${id}`) * valueOf(`dout-dnet-${id}`);
      expect(valueOf(`delta-${id}`)).toBeCloseTo(product, 15);
    }
  });

  it('computes every number from numbers shown before it, all of them on the page', () => {
    for (const calc of [fixed, handCalculation('updated')]) {
      const seen = new Set<string>();
      for (const q of calc.sections.flatMap((s) => s.quantities)) {
        for (const source of q.sources) expect(seen.has(source), `${q.id} ← ${source}`).toBe(true);
        seen.add(q.id);
        expect(q.sources.length === 0).toBe(q.steps.length === 0);
      }
    }
  });

  it('keeps the biases in the classic mode and steps them, from their δ, in the other', () => {
    expect(fixed.context.updated.biases.map((b) => [...b])).toEqual([
      [0.35, 0.35],
      [0.6, 0.6],
    ]);
    expect(fixed.sections.find((s) => s.id === 'biases')?.quantities).toEqual([]);
    const updated = handCalculation('updated');
    expect(valueOf('new-b-o1', updated)).toBeCloseTo(0.6 - 0.5 * valueOf('delta-o1'), 15);
    expect(valueOf('new-b-h2', updated)).toBeCloseTo(0.35 - 0.5 * valueOf('delta-h2'), 15);
    expect(valueOf('new-w5', updated)).toBe(valueOf('new-w5'));
  });

  it('lists, for every quantity, the quantities computed from it', () => {
    expect(fixed.usedBy.get('out-h1')).toEqual([
      'net-o1',
      'net-o2',
      'dnet-dw5',
      'grad-w7',
      'dout-dnet-h1',
    ]);
    expect(fixed.usedBy.get('delta-o2')).toEqual([
      'grad-w7',
      'grad-w8',
      'dEo2-dout-h1',
      'dEo2-dout-h2',
    ]);
  });

  it('writes the derivation as the hand calculation reads, ending in the value', () => {
    const q = fixed.byId.get('net-h1');
    if (!q) throw new Error('no net-h1');
    expect(rowParts(q)[1]).toBe('= 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 \\cdot 1 =');
    expect(derivationTex(q)).toMatch(/&= 0\.3775\\end\{aligned\}$/);
  });
});
