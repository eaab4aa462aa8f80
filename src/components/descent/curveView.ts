import type { Ball } from '../../descent/curve';
import { CURVE_DOMAIN, curveCost } from '../../descent/curve';

/** The cost axis while every ball is on the curve's own domain. */
const C_RANGE: readonly [number, number] = [0, 4.4];
/** Room beyond the farthest ball, as a share of its distance. */
const MARGIN = 0.08;

/**
 * The x and cost ranges that show every ball: the curve's own domain, widened symmetrically (so
 * the valleys stay centred) when a ball has been thrown beyond it.
 */
export function flightView(balls: readonly Ball[]): {
  x: readonly [number, number];
  c: readonly [number, number];
} {
  const farthest = Math.max(...balls.flatMap((b) => b.path.map(Math.abs)));
  const reach = Math.max(CURVE_DOMAIN[1], farthest * (1 + MARGIN));
  if (reach === CURVE_DOMAIN[1]) return { x: CURVE_DOMAIN, c: C_RANGE };
  const top = Math.max(C_RANGE[1], curveCost(reach) * (1 + 2 * MARGIN));
  return { x: [-reach, reach], c: [0, top] };
}
