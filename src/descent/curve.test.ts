import { describe, expect, it } from 'vitest';
import type { Ball } from './curve';
import {
  CURVE_DOMAIN,
  FLIGHT_DOMAIN,
  CURVE_MINIMA,
  ballX,
  curveCost,
  curveSlope,
  overshot,
  startBall,
  stepBall,
  valleyOf,
} from './curve';

function roll(x: number, rate: number, steps: number): Ball {
  let ball = startBall(x);
  for (let i = 0; i < steps; i++) ball = stepBall(ball, rate);
  return ball;
}

describe('the 1-D cost curve', () => {
  it('has an exact slope', () => {
    for (let x = -4.9; x < 5; x += 0.37) {
      const h = 1e-6;
      const numeric = (curveCost(x + h) - curveCost(x - h)) / (2 * h);
      expect(curveSlope(x)).toBeCloseTo(numeric, 7);
    }
  });

  it('has three local minima with different costs', () => {
    expect(CURVE_MINIMA).toHaveLength(3);
    for (const m of CURVE_MINIMA) {
      expect(Math.abs(curveSlope(m))).toBeLessThan(1e-9);
      expect(curveCost(m - 0.01)).toBeGreaterThan(curveCost(m));
      expect(curveCost(m + 0.01)).toBeGreaterThan(curveCost(m));
    }
    const costs = CURVE_MINIMA.map(curveCost);
    expect(new Set(costs.map((c) => c.toFixed(2))).size).toBe(3);
  });
});

describe('gradient descent on the curve', () => {
  it('settles in the minimum of the valley it starts in, at a small rate', () => {
    const starts = [-4.4, -1.5, 0.7, 4.2];
    const valleys = starts.map((x) => {
      const ball = roll(x, 0.05, 5000);
      expect(ball.status).toBe('settled');
      const v = valleyOf(ballX(ball));
      expect(ballX(ball)).toBeCloseTo(CURVE_MINIMA[v], 4);
      return v;
    });
    expect(valleys).toEqual([0, 0, 1, 2]);
  });

  it('lowers the cost at every step when the rate is small', () => {
    const path = roll(4.2, 0.05, 50).path;
    for (let i = 1; i < path.length; i++) {
      expect(curveCost(path[i])).toBeLessThan(curveCost(path[i - 1]));
    }
  });

  it('crawls at a tiny rate', () => {
    const ball = roll(4.2, 0.001, 50);
    expect(ball.status).toBe('rolling');
    expect(Math.abs(ballX(ball) - 4.2)).toBeLessThan(0.1);
  });

  it('overshoots the bottom when the rate is beyond 2 / curvature', () => {
    const m = CURVE_MINIMA[0];
    const ball = stepBall(startBall(m + 0.2), 0.7);
    expect(overshot(ball)).toBe(true);
    expect(ballX(ball)).toBeLessThan(m);
  });

  it('swings out across the valley with growing steps before it leaves the plot', () => {
    // Far from the dips the bowl 0.12x² scales x by 1 − 0.24η a step: −1.4 at η = 10.
    const ball = roll(4.2, 10, 20);
    expect(ball.status).toBe('diverged');
    const swings = ball.path.slice(1);
    expect(swings.length).toBeGreaterThanOrEqual(4);
    swings.slice(1).forEach((x, i) => {
      expect(Math.sign(x)).toBe(-Math.sign(swings[i]));
      expect(Math.abs(x)).toBeGreaterThan(Math.abs(swings[i]));
    });
    expect(Math.max(...ball.path.map(Math.abs))).toBeGreaterThan(CURVE_DOMAIN[1]);
  });

  it('diverges at a huge rate without producing a non-finite position', () => {
    const ball = roll(4.2, 20, 10);
    expect(ball.status).toBe('diverged');
    expect(ball.escapedTo).not.toBeNull();
    expect(Math.abs(ball.escapedTo!)).toBeGreaterThan(FLIGHT_DOMAIN[1]);
    expect(ball.path.every((x) => Number.isFinite(x) && Math.abs(x) <= FLIGHT_DOMAIN[1])).toBe(
      true,
    );
    expect(stepBall(ball, 0.01)).toBe(ball);
  });
});
