/** A horizontal number line from x0 to x1 pixels for values in domain. */
export interface LineScale {
  domain: [number, number];
  x0: number;
  x1: number;
}

/** Pixel of a value; values off the line sit at its nearer end (a pinned marker). */
export function toPixel(s: LineScale, v: number): number {
  const [lo, hi] = s.domain;
  const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  return s.x0 + t * (s.x1 - s.x0);
}

/** Value under a pixel, clamped to the domain. */
export function fromPixel(s: LineScale, px: number): number {
  const [lo, hi] = s.domain;
  const t = Math.min(1, Math.max(0, (px - s.x0) / (s.x1 - s.x0)));
  return lo + t * (hi - lo);
}

export function isOffScale(s: LineScale, v: number): boolean {
  return v < s.domain[0] || v > s.domain[1];
}

/** Ticks at both ends and at 0 when it lies inside. */
export function lineTicks(domain: [number, number]): number[] {
  const [lo, hi] = domain;
  return lo < 0 && hi > 0 ? [lo, 0, hi] : [lo, hi];
}
