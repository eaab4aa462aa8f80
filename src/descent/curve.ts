/**
 * A fixed 1-D cost with three valleys of different depths: a wide bowl 0.12x² with three
 * Gaussian dips. Smooth, so its slope is exact, and bounded below, so only the step size can
 * make gradient descent run away.
 */
export const CURVE_DOMAIN: readonly [number, number] = [-5, 5];
/**
 * How far out a too-large step may throw the ball and still be drawn (the plot widens to follow
 * it), so growing swings are seen; a step beyond it has left the plot: the ball has diverged.
 */
export const FLIGHT_DOMAIN: readonly [number, number] = [-60, 60];

const BOWL = 0.12;
const LIFT = 1.1;
const DIPS = [
  { depth: 1.8, centre: -2.6, width: 1.0 },
  { depth: 0.7, centre: 0.1, width: 0.35 },
  { depth: 1.2, centre: 2.3, width: 0.8 },
] as const;

/** C(x). */
export function curveCost(x: number): number {
  let c = BOWL * x * x + LIFT;
  for (const d of DIPS) c -= d.depth * Math.exp(-((x - d.centre) ** 2) / d.width);
  return c;
}

/** dC/dx. */
export function curveSlope(x: number): number {
  let s = 2 * BOWL * x;
  for (const d of DIPS) {
    const u = x - d.centre;
    s += ((2 * d.depth * u) / d.width) * Math.exp(-(u * u) / d.width);
  }
  return s;
}

/** Where the slope turns from negative to positive, found by bisection on a fine scan. */
function findMinima(): number[] {
  const [lo, hi] = CURVE_DOMAIN;
  const cells = 2000;
  const found: number[] = [];
  for (let i = 0; i < cells; i++) {
    let a = lo + ((hi - lo) * i) / cells;
    let b = lo + ((hi - lo) * (i + 1)) / cells;
    if (!(curveSlope(a) < 0 && curveSlope(b) >= 0)) continue;
    for (let n = 0; n < 60; n++) {
      const m = (a + b) / 2;
      if (curveSlope(m) < 0) a = m;
      else b = m;
    }
    found.push((a + b) / 2);
  }
  return found;
}

/** The bottoms of the three valleys, left to right. */
export const CURVE_MINIMA: readonly number[] = findMinima();

/** Which minimum (0, 1, 2) lies nearest x: for a ball at rest, the valley it rests in. */
export function valleyOf(x: number): number {
  let best = 0;
  CURVE_MINIMA.forEach((m, i) => {
    if (Math.abs(x - m) < Math.abs(x - CURVE_MINIMA[best])) best = i;
  });
  return best;
}

export type BallStatus = 'rolling' | 'settled' | 'diverged';

export interface Ball {
  /** Every position so far, the start first; the last is where the ball is. */
  path: number[];
  status: BallStatus;
  /** Where the last step would have thrown a diverged ball (±Infinity or NaN included). */
  escapedTo: number | null;
}

/** A step this small no longer moves the ball visibly: it has come to rest. */
export const SETTLED_STEP = 1e-6;

export function startBall(x: number): Ball {
  return { path: [x], status: 'rolling', escapedTo: null };
}

export function ballX(ball: Ball): number {
  return ball.path[ball.path.length - 1];
}

/**
 * One step x ← x − η·dC/dx. A step that leaves FLIGHT_DOMAIN or is not finite is refused: the
 * ball stays where it was and is marked diverged, so no NaN ever reaches the page.
 */
export function stepBall(ball: Ball, rate: number): Ball {
  if (ball.status !== 'rolling') return ball;
  const x = ballX(ball);
  const step = -rate * curveSlope(x);
  const next = x + step;
  if (!Number.isFinite(next) || next < FLIGHT_DOMAIN[0] || next > FLIGHT_DOMAIN[1]) {
    return { ...ball, status: 'diverged', escapedTo: next };
  }
  const status = Math.abs(step) < SETTLED_STEP ? 'settled' : 'rolling';
  return { path: [...ball.path, next], status, escapedTo: null };
}

/** Whether the last step jumped over the bottom: the slope changed sign. */
export function overshot(ball: Ball): boolean {
  const n = ball.path.length;
  return n >= 2 && curveSlope(ball.path[n - 1]) * curveSlope(ball.path[n - 2]) < 0;
}
