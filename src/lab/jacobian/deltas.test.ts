import { describe, expect, it } from 'vitest';
import { exampleCost } from '../../engine/costs';
import { oneHot } from '../../engine/trace';
import { COMPARED_COSTS, outputSignals } from './deltas';
import { layerValues } from './layer';
import { PRESETS } from './presets';

const CASES = [
  ...PRESETS.map((p) => ({ x: [...p.x], target: p.target })),
  { x: [0.3, -2.1, 1.7], target: 2 },
  { x: [-4, 2.5, 0.02, 3.3], target: 0 },
];

/** ∂C/∂xᵢ by central differences of the engine's cost through the whole softmax layer. */
function costSlopes(cost: (typeof COMPARED_COSTS)[number], x: number[], target: number): number[] {
  const h = 1e-6;
  const at = (v: number[]) => {
    const { x: z, softmax } = layerValues(v);
    return exampleCost(cost, 'softmax', z, softmax, oneHot(target, v.length), 0, v.length);
  };
  return x.map((_, i) => {
    const up = at(x.map((xk, k) => (k === i ? xk + h : xk)));
    const down = at(x.map((xk, k) => (k === i ? xk - h : xk)));
    return (up - down) / (2 * h);
  });
}

describe.each(CASES)('the output δ at x = $x with target $target', ({ x, target }) => {
  const values = layerValues(x);
  const s = values.softmax;
  const y = oneHot(target, x.length);

  it.each(COMPARED_COSTS)('%s: δ is ∂C/∂x, the slope of the engine’s cost', (cost) => {
    const { delta } = outputSignals(cost, values, target);
    const fd = costSlopes(cost, x, target);
    delta.forEach((d, i) => expect(d).toBeCloseTo(fd[i], 7));
  });

  it('cross-entropy: ∂C/∂s = −y/s, and δ = s − y exactly', () => {
    const { dCds, delta, cost } = outputSignals('cross-entropy', values, target);
    s.forEach((si, i) => {
      expect(dCds[i]).toBe(-y[i] / si);
      expect(delta[i]).toBe(si - y[i]);
    });
    expect(cost).toBeCloseTo(-Math.log(s[target]), 12);
  });

  it('squared: ∂C/∂s = 2(s − y), and δ = Jᵀ·2(s − y) with J = sᵢ(δᵢⱼ − sⱼ)', () => {
    const { dCds, delta, cost } = outputSignals('squared', values, target);
    const g = Array.from(s, (si, i) => 2 * (si - y[i]));
    s.forEach((_, i) => {
      expect(dCds[i]).toBeCloseTo(g[i], 15);
      // (Jᵀg)ᵢ = Σⱼ Jⱼᵢ gⱼ with Jⱼᵢ = sⱼ(δⱼᵢ − sᵢ).
      const jtg = g.reduce((sum, gj, j) => sum + s[j] * ((i === j ? 1 : 0) - s[i]) * gj, 0);
      expect(delta[i]).toBeCloseTo(jtg, 14);
    });
    expect(cost).toBeCloseTo(
      Array.from(s, (si, i) => (si - y[i]) ** 2).reduce((a, b) => a + b),
      14,
    );
  });
});

describe('saturated outputs', () => {
  const at = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    const values = layerValues(preset.x);
    return {
      squared: outputSignals('squared', values, preset.target),
      crossEntropy: outputSignals('cross-entropy', values, preset.target),
    };
  };

  it('saturated and wrong: squared error’s δ nearly vanishes, cross-entropy’s is about 1', () => {
    const { squared, crossEntropy } = at('saturated-wrong');
    expect(squared.cost).toBeGreaterThan(1.9);
    expect(squared.deltaSize).toBeLessThan(0.005);
    expect(crossEntropy.deltaSize).toBeGreaterThan(1.4);
    expect(crossEntropy.delta[0]).toBeCloseTo(-1, 2);
  });

  it('saturated and right: both δ are small, because there is nothing left to learn', () => {
    const { squared, crossEntropy } = at('saturated-right');
    expect(squared.deltaSize).toBeLessThan(0.005);
    expect(crossEntropy.deltaSize).toBeLessThan(0.005);
  });
});
