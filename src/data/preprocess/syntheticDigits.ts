import type { Drawing, Point } from './strokes';

/**
 * Stroke fixtures for the tests and the pen calibration: digits as polylines in a unit box
 * (y down), shaped like the average MNIST digit of their class.
 */
export type Shape = readonly (readonly Point[])[];

/** A slanted bar, 9 × 20 px of ink once normalised: the mean bounding box of MNIST's ones. */
export const ONE: Shape = [
  [
    { x: 0.36, y: 0 },
    { x: 0, y: 1 },
  ],
];

function ellipse(cx: number, cy: number, rx: number, ry: number, vertices: number): Point[] {
  return Array.from({ length: vertices + 1 }, (_, k) => {
    const angle = (2 * Math.PI * k) / vertices - Math.PI / 2;
    return { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
}

/** A closed ellipse, 18 × 19.5 px of ink once normalised: the mean bounding box of MNIST's zeros. */
export const ZERO: Shape = [ellipse(0.45, 0.5, 0.45, 0.5, 48)];

/** Two strokes with most ink high up, so its centre of mass is far from its box's centre. */
export const SEVEN: Shape = [
  [
    { x: 0, y: 0.05 },
    { x: 0.7, y: 0 },
    { x: 0.25, y: 1 },
  ],
  [
    { x: 0.25, y: 0.5 },
    { x: 0.6, y: 0.5 },
  ],
];

/** Where a shape goes on the pad: its unit box's top-left corner and side, in pad pixels. */
export interface Placing {
  x: number;
  y: number;
  size: number;
}

/**
 * The shape as the pad would record it: each edge split into pieces of at most `step` pad
 * pixels, as pointer events sample a moving pen.
 */
export function drawShape(
  shape: Shape,
  at: Placing,
  pad: { width: number; height: number },
  step = 3,
): Drawing {
  const strokes = shape.map((polyline) => {
    const points: Point[] = [];
    const toPad = (p: Point): Point => ({ x: at.x + p.x * at.size, y: at.y + p.y * at.size });
    polyline.forEach((vertex, k) => {
      const b = toPad(vertex);
      if (k > 0) {
        const a = toPad(polyline[k - 1]);
        const pieces = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
        for (let i = 1; i < pieces; i++) {
          const t = i / pieces;
          points.push({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) });
        }
      }
      points.push(b);
    });
    return points;
  });
  return { strokes, width: pad.width, height: pad.height };
}
