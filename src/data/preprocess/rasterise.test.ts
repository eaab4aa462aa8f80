import { describe, expect, it } from 'vitest';
import type { Pen, Placement } from './rasterise';
import { renderStrokes } from './rasterise';
import { createRng } from '../../engine/random';
import type { Point } from './strokes';

const pen: Pen = { width: 2.6, edge: 1 };
const identity: Placement = { scale: 1, dx: 0, dy: 0 };

/** Ink of pixel (x, y) by brute force: distance to every segment, no culling. */
function referenceInk(strokes: Point[][], x: number, y: number): number {
  let nearest = Infinity;
  for (const stroke of strokes) {
    for (let k = 0; k < stroke.length; k++) {
      const a = stroke[k];
      const b = stroke[Math.min(k + 1, stroke.length - 1)];
      const ux = b.x - a.x;
      const uy = b.y - a.y;
      const l2 = ux * ux + uy * uy;
      const t = l2 > 0 ? Math.max(0, Math.min(1, ((x - a.x) * ux + (y - a.y) * uy) / l2)) : 0;
      nearest = Math.min(nearest, Math.hypot(x - a.x - t * ux, y - a.y - t * uy));
    }
  }
  const ink = Math.max(0, Math.min(1, (pen.width / 2 - nearest) / pen.edge + 0.5));
  return Math.round(Math.fround(ink) * 255);
}

function column(pixels: Uint8Array, width: number, x: number): number[] {
  return Array.from({ length: pixels.length / width }, (_, y) => pixels[y * width + x]);
}

describe('renderStrokes', () => {
  it('draws a line whose cross-section holds the pen width of ink, with grey edges', () => {
    const line = [
      { x: 2, y: 7.3 },
      { x: 18, y: 7.3 },
    ];
    const { pixels } = renderStrokes([line], identity, 20, 15, pen);
    const section = column(pixels, 20, 10);
    const ink = section.reduce((sum, v) => sum + v, 0) / 255;
    expect(ink).toBeCloseTo(pen.width, 1);
    expect(Math.max(...section)).toBe(255);
    expect(section.some((v) => v > 0 && v < 255)).toBe(true);
  });

  it('draws a one-point stroke as a round dot of the pen’s area', () => {
    const { pixels } = renderStrokes([[{ x: 5, y: 5 }]], identity, 11, 11, pen);
    const ink = pixels.reduce((sum, v) => sum + v, 0) / 255;
    expect(ink).toBeGreaterThan(0.9 * Math.PI * (pen.width / 2) ** 2);
    expect(ink).toBeLessThan(1.1 * Math.PI * (pen.width / 2) ** 2);
    expect(pixels[5 * 11 + 3]).toBe(pixels[5 * 11 + 7]);
    expect(pixels[3 * 11 + 5]).toBe(pixels[7 * 11 + 5]);
  });

  it('applies the placement: scale, then offset', () => {
    const placed = renderStrokes([[{ x: 1, y: 2 }]], { scale: 3, dx: 1, dy: -1 }, 12, 12, pen);
    const direct = renderStrokes([[{ x: 4, y: 5 }]], identity, 12, 12, pen);
    expect(placed.pixels).toEqual(direct.pixels);
  });

  it('matches a brute-force rendering, so culling loses no ink', () => {
    const rng = createRng(7);
    const strokes = Array.from({ length: 4 }, () =>
      Array.from({ length: 1 + rng.int(12) }, () => ({
        x: rng.next() * 34 - 3,
        y: rng.next() * 34 - 3,
      })),
    );
    const { pixels } = renderStrokes(strokes, identity, 28, 28, pen);
    let differing = 0;
    for (let y = 0; y < 28; y++) {
      for (let x = 0; x < 28; x++) {
        if (Math.abs(pixels[y * 28 + x] - referenceInk(strokes, x, y)) > 0) differing++;
      }
    }
    expect(pixels.some((v) => v > 0)).toBe(true);
    expect(differing).toBe(0);
  });
});
