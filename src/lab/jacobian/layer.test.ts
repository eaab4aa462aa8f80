import { describe, expect, it } from 'vitest';
import { activate } from '../../engine/activations';
import { layerValues, nudgeSlope, softmaxJacobian, tanhJacobian } from './layer';
import { PRESETS } from './presets';

const INPUTS = [...PRESETS.map((p) => [...p.x]), [0.3, -2.1, 1.7], [-4, 2.5, 0.02, 3.3]];

/** ∂(output i)/∂xⱼ by central differences of the engine's activate, independent of the view. */
function finiteDifferences(kind: 'tanh' | 'softmax', x: readonly number[]): number[][] {
  const h = 1e-6;
  const out = (v: number[]) => {
    const a = new Float64Array(v.length);
    activate(kind, Float64Array.from(v), a, 0, v.length);
    return a;
  };
  const columns = x.map((_, j) => {
    const up = out(x.map((xk, k) => (k === j ? xk + h : xk)));
    const down = out(x.map((xk, k) => (k === j ? xk - h : xk)));
    return Array.from(up, (u, i) => (u - down[i]) / (2 * h));
  });
  return x.map((_, i) => x.map((__, j) => columns[j][i]));
}

describe.each(INPUTS.map((x) => ({ x })))('the Jacobians at x = $x', ({ x }) => {
  const values = layerValues(x);

  it('tanh: equal to finite differences, diagonal, 1 − tanh² on the diagonal', () => {
    const J = tanhJacobian(values);
    const fd = finiteDifferences('tanh', x);
    J.forEach((row, i) =>
      row.forEach((v, j) => {
        expect(v).toBeCloseTo(fd[i][j], 8);
        if (i !== j) expect(v).toBe(0);
        else expect(v).toBeCloseTo(1 - Math.tanh(x[i]) ** 2, 15);
      }),
    );
  });

  it('softmax: equal to finite differences and to sᵢ(δᵢⱼ − sⱼ)', () => {
    const J = softmaxJacobian(values);
    const fd = finiteDifferences('softmax', x);
    const s = values.softmax;
    J.forEach((row, i) =>
      row.forEach((v, j) => {
        expect(v).toBeCloseTo(fd[i][j], 8);
        expect(v).toBeCloseTo(s[i] * ((i === j ? 1 : 0) - s[j]), 15);
      }),
    );
  });

  it('softmax: rows sum to 0 (the outputs always sum to 1) and the matrix is symmetric', () => {
    const J = softmaxJacobian(values);
    J.forEach((row, i) => {
      expect(row.reduce((sum, v) => sum + v, 0)).toBeCloseTo(0, 14);
      row.forEach((v, j) => expect(v).toBeCloseTo(J[j][i], 15));
    });
  });

  it('a nudge of 0.001 reads off every entry to within the curvature', () => {
    const tanhJ = tanhJacobian(values);
    const softJ = softmaxJacobian(values);
    x.forEach((_, i) =>
      x.forEach((__, j) => {
        expect(nudgeSlope('tanh', x, i, j)).toBeCloseTo(tanhJ[i][j], 2);
        expect(nudgeSlope('softmax', x, i, j)).toBeCloseTo(softJ[i][j], 2);
      }),
    );
  });
});

describe('layerValues', () => {
  it('runs the engine: tanh elementwise, softmax a distribution that ranks like x', () => {
    const { tanh, softmax } = layerValues([2, -1, 0.5]);
    expect(Array.from(tanh)).toEqual([Math.tanh(2), Math.tanh(-1), Math.tanh(0.5)]);
    expect(softmax.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(softmax[0]).toBeGreaterThan(softmax[2]);
    expect(softmax[2]).toBeGreaterThan(softmax[1]);
    expect(softmax[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(-1) + Math.exp(0.5)), 15);
  });
});
