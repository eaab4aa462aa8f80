import type { Stroke } from './strokes';

/** A grey-level image, row-major, 0 = background … 255 = full ink (MNIST's byte convention). */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The pen in output pixels: the width of its half-ink contour and the width of its soft edge. */
export interface Pen {
  width: number;
  edge: number;
}

/** Pad point p lands at (p.x·scale + dx, p.y·scale + dy); pixel (col, row) is sampled at (col, row). */
export interface Placement {
  scale: number;
  dx: number;
  dy: number;
}

/**
 * Ink of one segment into `coverage`, keeping the darker value where ink already lies so that
 * joints and crossings are not inked twice. Coverage falls linearly from 1 to 0 across `edge`
 * pixels centred on the pen's outline: the box-filter area coverage of a straight edge, i.e.
 * anti-aliasing from the exact distance rather than from supersamples.
 */
function inkSegment(
  coverage: Float32Array,
  width: number,
  height: number,
  pen: Pen,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): void {
  const radius = pen.width / 2;
  const reach = radius + pen.edge / 2;
  // Only pixels within reach of the segment's bounding box can receive ink.
  const x0 = Math.max(0, Math.ceil(Math.min(ax, bx) - reach));
  const x1 = Math.min(width - 1, Math.floor(Math.max(ax, bx) + reach));
  const y0 = Math.max(0, Math.ceil(Math.min(ay, by) - reach));
  const y1 = Math.min(height - 1, Math.floor(Math.max(ay, by) + reach));
  const ux = bx - ax;
  const uy = by - ay;
  const lengthSquared = ux * ux + uy * uy;
  const reachSquared = reach * reach;
  for (let y = y0; y <= y1; y++) {
    const py = y - ay;
    for (let x = x0; x <= x1; x++) {
      const px = x - ax;
      let t = lengthSquared > 0 ? (px * ux + py * uy) / lengthSquared : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * ux;
      const ey = py - t * uy;
      const distanceSquared = ex * ex + ey * ey;
      if (distanceSquared >= reachSquared) continue;
      const ink = Math.min(1, (radius - Math.sqrt(distanceSquared)) / pen.edge + 0.5);
      const i = y * width + x;
      if (ink > coverage[i]) coverage[i] = ink;
    }
  }
}

/** Renders strokes as round-capped, round-joined polylines; a one-point stroke is a dot. */
export function renderStrokes(
  strokes: readonly Stroke[],
  placement: Placement,
  width: number,
  height: number,
  pen: Pen,
): GreyImage {
  const coverage = new Float32Array(width * height);
  const { scale, dx, dy } = placement;
  for (const stroke of strokes) {
    if (stroke.length === 0) continue;
    let ax = stroke[0].x * scale + dx;
    let ay = stroke[0].y * scale + dy;
    if (stroke.length === 1) inkSegment(coverage, width, height, pen, ax, ay, ax, ay);
    for (let k = 1; k < stroke.length; k++) {
      const bx = stroke[k].x * scale + dx;
      const by = stroke[k].y * scale + dy;
      inkSegment(coverage, width, height, pen, ax, ay, bx, by);
      ax = bx;
      ay = by;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(coverage[i] * 255);
  return { width, height, pixels };
}
