import { createRng } from '../engine/random';

/**
 * A two-parameter model to descend on: fit y ≈ w·x + b to points by least squares. With two
 * parameters the cost is a surface one can draw, and with many points the gradient of a
 * mini-batch honestly differs from the full one.
 */
export interface Points {
  xs: Float64Array;
  ys: Float64Array;
}

export interface Params {
  w: number;
  b: number;
}

/** The line the points are scattered around, and how far they scatter. */
export const TRUE_LINE: Params = { w: 1.5, b: -0.5 };
const X_RANGE: readonly [number, number] = [-1, 3];
const NOISE = 0.6;

/** n seeded points: x uniform in [−1, 3] (off-centre, so w and b are coupled), y with noise. */
export function makePoints(n: number, seed: number): Points {
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = X_RANGE[0] + (X_RANGE[1] - X_RANGE[0]) * rng.next();
    ys[i] = TRUE_LINE.w * xs[i] + TRUE_LINE.b + NOISE * rng.normal();
  }
  return { xs, ys };
}

function everyIndex(points: Points): Uint32Array {
  return Uint32Array.from(points.xs, (_, i) => i);
}

/** C(w, b) = mean over the chosen points of (w·x + b − y)²; all points when none are chosen. */
export function regressionCost(points: Points, p: Params, indices = everyIndex(points)): number {
  let sum = 0;
  for (const i of indices) {
    const r = p.w * points.xs[i] + p.b - points.ys[i];
    sum += r * r;
  }
  return sum / indices.length;
}

/** ∇C = (mean 2r·x, mean 2r) with r = w·x + b − y, over the chosen points. */
export function regressionGradient(
  points: Points,
  p: Params,
  indices = everyIndex(points),
): Params {
  let dw = 0;
  let db = 0;
  for (const i of indices) {
    const r = p.w * points.xs[i] + p.b - points.ys[i];
    dw += 2 * r * points.xs[i];
    db += 2 * r;
  }
  return { w: dw / indices.length, b: db / indices.length };
}

/** The bottom of the bowl, solving the 2×2 normal equations. */
export function leastSquares(points: Points): Params {
  const n = points.xs.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += points.xs[i];
    sy += points.ys[i];
    sxx += points.xs[i] * points.xs[i];
    sxy += points.xs[i] * points.ys[i];
  }
  const w = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { w, b: (sy - w * sx) / n };
}
