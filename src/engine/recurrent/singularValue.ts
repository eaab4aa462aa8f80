import { createRng } from '../random';

/** Power iterations before giving up on convergence (two nearly equal top values converge slowly). */
const MAX_ITERATIONS = 10000;
const TOLERANCE = 1e-10;

/**
 * The largest singular value σ₁ of M (rows × cols, row-major): power iteration on MᵀM from a
 * fixed pseudo-random start, σ = ‖M v‖ for the current unit vector v, until σ changes by at most
 * 1e-10 relative. It says how much one step of the recurrence U can stretch a state: σ₁(U) < 1
 * keeps errors shrinking through the linear part, σ₁(U) > 1 lets them grow.
 */
export function largestSingularValue(m: Float64Array, rows: number, cols: number): number {
  if (m.length !== rows * cols) throw new RangeError(`${m.length} values for ${rows} × ${cols}`);
  if (rows === 0 || cols === 0) return 0;
  const rng = createRng(1);
  let v = Float64Array.from({ length: cols }, () => rng.normal());
  let next = new Float64Array(cols);
  const w = new Float64Array(rows);
  normalise(v);
  let sigma = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // w = M v, next = Mᵀ w.
    let wNorm2 = 0;
    for (let i = 0; i < rows; i++) {
      let s = 0;
      const r = i * cols;
      for (let j = 0; j < cols; j++) s += m[r + j] * v[j];
      w[i] = s;
      wNorm2 += s * s;
    }
    const previous = sigma;
    sigma = Math.sqrt(wNorm2);
    next.fill(0);
    for (let i = 0; i < rows; i++) {
      const wi = w[i];
      const r = i * cols;
      for (let j = 0; j < cols; j++) next[j] += m[r + j] * wi;
    }
    if (normalise(next) === 0) return 0;
    [v, next] = [next, v];
    if (Math.abs(sigma - previous) <= TOLERANCE * sigma) break;
  }
  return sigma;
}

/** Scales v to unit length in place; returns its length before. */
function normalise(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  const norm = Math.sqrt(s);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return norm;
}
