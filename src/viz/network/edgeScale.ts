/**
 * How strongly an edge is drawn: width and opacity both grow with |value| relative to its
 * layer-pair's spread (2.5 × RMS), with a gain per layer-pair. The 784→16 fan has 12,544 edges
 * converging on 16 neurons: drawn thin and faint so it reads as texture, not a wall. The 16→16 and
 * 16→10 pairs have a few hundred edges: drawn wide and opaque enough to read from the back row.
 */

/** A layer with more inputs than this is a fan of thousands of edges (the pixel inputs). */
export const DENSE_INPUTS = 100;

export interface EdgeGain {
  minWidth: number;
  maxWidth: number;
  minAlpha: number;
  maxAlpha: number;
}

export interface EdgeStroke {
  width: number;
  alpha: number;
}

/**
 * The gain of a layer-pair with `nIn` inputs. `lineScale` is the palette's (2 in projector mode)
 * and `edgeAlpha` the opacity of its strongest edges.
 */
export function edgeGain(nIn: number, lineScale: number, edgeAlpha: number): EdgeGain {
  // On a projector lines widen by √scale: by the full scale, 256 wide edges between two
  // columns of 16 merge into a sheet on a 1024-wide screen.
  const widen = Math.sqrt(lineScale);
  if (nIn > DENSE_INPUTS) {
    // Thicker lines would merge into a sheet, and widths under 1 px rasterise far slower
    // without a GPU: 1 px (√2 on a projector), strength by opacity alone.
    return { minWidth: 1, maxWidth: widen, minAlpha: 0.02, maxAlpha: 0.4 * edgeAlpha };
  }
  return {
    minWidth: 0.6 * widen,
    maxWidth: 4 * widen,
    minAlpha: Math.min(edgeAlpha, 0.12 * lineScale),
    maxAlpha: edgeAlpha,
  };
}

/**
 * The stroke of an edge whose |value| is the fraction t ∈ [0, 1] of its layer's scale (clamped).
 * Width is linear in t; opacity rises as t^1.5, so weak edges recede faster than they thin.
 */
export function edgeStroke(t: number, gain: EdgeGain): EdgeStroke {
  const s = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return {
    width: gain.minWidth + (gain.maxWidth - gain.minWidth) * s,
    alpha: gain.minAlpha + (gain.maxAlpha - gain.minAlpha) * s ** 1.5,
  };
}
