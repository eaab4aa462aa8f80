/**
 * Random small distortions of MNIST digits for training, so that a network learns digits as
 * people draw them rather than MNIST's exact pixels: shift, rotation, scale and stroke width.
 */

const SIZE = 28;
const PIXELS = SIZE * SIZE;

/**
 * Rotation and scaling pivot about (14, 14), where MNIST puts the centre of mass (pixel (col,
 * row) at (col, row)), so they leave the digit's centre where it was.
 */
const PIVOT = 14;

/** The largest distortions drawn; each is uniform over its range. */
export const AUGMENT_RANGES = {
  /** Pixels, each axis. */
  shift: 2,
  /** Degrees, clockwise on screen for positive angles. */
  rotation: 12,
  scaleMin: 0.85,
  scaleMax: 1.15,
  /**
   * Largest weight of a 3×3 max (thicken) or min (thin) filter blended into the image. The
   * filter moves each edge out or in by 1 px (√2 px on diagonals); at weight 0.4 a 2.6 px stroke
   * gains up to ~1.2 px or loses up to ~0.9 px of width.
   */
  strokeBlend: 0.4,
} as const;

/** The frame with a one-pixel border of background, so filters and sampling need no checks. */
const PADDED = SIZE + 2;

// Scratch images in the padded layout: the function runs synchronously, so one set serves all
// calls. The borders are never written and stay 0.
const source = new Float32Array(PADDED * PADDED);
const rowFiltered = new Float32Array(PADDED * PADDED);
const adjusted = new Float32Array(PADDED * PADDED);

/** adjusted ← (1 − |w|)·source + |w|·(3×3 max if w > 0, else 3×3 min), done separably. */
function adjustStroke(weight: number): void {
  const thicken = weight > 0;
  for (let y = 1; y <= SIZE; y++) {
    for (let i = y * PADDED + 1, end = i + SIZE; i < end; i++) {
      const a = source[i - 1];
      const b = source[i];
      const c = source[i + 1];
      rowFiltered[i] = thicken ? Math.max(a, b, c) : Math.min(a, b, c);
    }
  }
  const w = Math.abs(weight);
  for (let y = 1; y <= SIZE; y++) {
    for (let i = y * PADDED + 1, end = i + SIZE; i < end; i++) {
      const a = rowFiltered[i - PADDED];
      const b = rowFiltered[i];
      const c = rowFiltered[i + PADDED];
      const filtered = thicken ? Math.max(a, b, c) : Math.min(a, b, c);
      adjusted[i] = source[i] + w * (filtered - source[i]);
    }
  }
}

/** `image` (padded layout) sampled bilinearly at frame position (x, y); 0 outside the frame. */
function sample(image: Float32Array, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < -1 || y0 < -1 || x0 >= SIZE || y0 >= SIZE) return 0;
  const fx = x - x0;
  const fy = y - y0;
  const i = (y0 + 1) * PADDED + x0 + 1;
  const top = image[i] + fx * (image[i + 1] - image[i]);
  const bottom = image[i + PADDED] + fx * (image[i + PADDED + 1] - image[i + PADDED]);
  return top + fy * (bottom - top);
}

const between = (low: number, high: number, u: number): number => low + (high - low) * u;

/**
 * A randomly distorted copy of a 28×28 MNIST digit. Draws exactly five numbers from `random`
 * (shift x, shift y, rotation, scale, stroke change, in that order), so a seeded generator
 * gives the same image every time.
 */
export function augmentDigit(image: Uint8Array, random: () => number): Uint8Array {
  if (image.length !== PIXELS) {
    throw new RangeError(`augmentDigit: expected ${PIXELS} pixels, got ${image.length}`);
  }
  const r = AUGMENT_RANGES;
  const shiftX = between(-r.shift, r.shift, random());
  const shiftY = between(-r.shift, r.shift, random());
  const angle = (between(-r.rotation, r.rotation, random()) * Math.PI) / 180;
  const scale = between(r.scaleMin, r.scaleMax, random());
  const stroke = between(-r.strokeBlend, r.strokeBlend, random());

  for (let y = 0; y < SIZE; y++) {
    source.set(image.subarray(y * SIZE, y * SIZE + SIZE), (y + 1) * PADDED + 1);
  }
  if (stroke !== 0) adjustStroke(stroke);
  const distorted = stroke === 0 ? source : adjusted;

  // Each output pixel reads the source at the inverse transform: unshift, unrotate, unscale.
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  const out = new Uint8Array(PIXELS);
  for (let y = 0; y < SIZE; y++) {
    const v = y - PIVOT - shiftY;
    for (let x = 0; x < SIZE; x++) {
      const u = x - PIVOT - shiftX;
      const value = sample(distorted, PIVOT + cos * u + sin * v, PIVOT - sin * u + cos * v);
      // Bilinear weights are convex, so value lies in [0, 255].
      out[y * SIZE + x] = (value + 0.5) | 0;
    }
  }
  return out;
}
