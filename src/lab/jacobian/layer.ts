import { activate, outputJacobianT, slope } from '../../engine/activations';

/** A square matrix as rows: m[i][j] = ∂(output i)/∂(input j). */
export type Matrix = readonly (readonly number[])[];

/** What one input vector x turns into through each activation, computed by the engine. */
export interface LayerValues {
  x: Float64Array;
  tanh: Float64Array;
  softmax: Float64Array;
}

function applied(kind: 'tanh' | 'softmax', x: Float64Array): Float64Array {
  const a = new Float64Array(x.length);
  activate(kind, x, a, 0, x.length);
  return a;
}

export function layerValues(x: readonly number[]): LayerValues {
  const z = Float64Array.from(x);
  return { x: z, tanh: applied('tanh', z), softmax: applied('softmax', z) };
}

/** tanh acts on each input alone, so only the diagonal is non-zero: 1 − tanh²(xᵢ). */
export function tanhJacobian({ x, tanh }: LayerValues): Matrix {
  return Array.from(x, (xi, i) =>
    Array.from(x, (_, j) => (i === j ? slope('tanh', xi, tanh[i]) : 0)),
  );
}

/**
 * The engine only multiplies by Jᵀ (backprop never needs J itself); multiplying by the unit
 * vector eᵢ reads off Jᵀ's column i, which is J's row i: ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ).
 */
export function softmaxJacobian({ softmax }: LayerValues): Matrix {
  const n = softmax.length;
  const unit = new Float64Array(n);
  const row = new Float64Array(n);
  return Array.from(softmax, (_, i) => {
    unit.fill(0);
    unit[i] = 1;
    outputJacobianT('softmax', softmax, unit, row, 0, n);
    return Array.from(row);
  });
}

/** The nudge size 3Blue1Brown uses to read a derivative off as "change out / change in". */
export const NUDGE = 0.001;

/** (output i after nudging xⱼ by h − output i before) / h: a check on the matrix entry (i, j). */
export function nudgeSlope(
  kind: 'tanh' | 'softmax',
  x: readonly number[],
  i: number,
  j: number,
  h = NUDGE,
): number {
  const nudged = x.map((xk, k) => (k === j ? xk + h : xk));
  return (layerValues(nudged)[kind][i] - layerValues(x)[kind][i]) / h;
}
