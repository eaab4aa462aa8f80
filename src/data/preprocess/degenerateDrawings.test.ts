import { describe, expect, it } from 'vitest';
import type { PreprocessResult } from './mnistify';
import { INK_BOX, MIN_SPAN_FRACTION, MNIST_PEN, preprocessDrawing } from './mnistify';
import type { Drawing, Point } from './strokes';
import { ZERO, drawShape } from './syntheticDigits';

const pad = { width: 400, height: 300 };
const penDotArea = Math.PI * (MNIST_PEN.width / 2) ** 2;

function run(strokes: Point[][]): PreprocessResult {
  const result = preprocessDrawing({ ...pad, strokes });
  if (!result) throw new Error('expected a result');
  return result;
}

const inkMass = (image: Uint8Array): number => image.reduce((sum, v) => sum + v, 0) / 255;
const inkedPixels = (image: Uint8Array): number => image.filter((v) => v > 0).length;

describe('preprocessDrawing on degenerate drawings', () => {
  it('returns null when there is no usable ink', () => {
    expect(preprocessDrawing({ ...pad, strokes: [] })).toBeNull();
    expect(preprocessDrawing({ ...pad, strokes: [[], []] })).toBeNull();
    expect(preprocessDrawing({ ...pad, strokes: [[{ x: 500, y: 10 }]] })).toBeNull();
    expect(preprocessDrawing({ ...pad, strokes: [[{ x: NaN, y: 10 }]] })).toBeNull();
    expect(preprocessDrawing({ width: 0, height: 300, strokes: [[{ x: 0, y: 10 }]] })).toBeNull();
  });

  it('scales ink shorter than the minimum span as if it spanned that much', () => {
    const minSpan = MIN_SPAN_FRACTION * Math.min(pad.width, pad.height);
    const bar = (length: number) =>
      run([
        [
          { x: 9, y: 9 },
          { x: 9, y: 9 + length },
        ],
      ]);
    const atMinimum = bar(minSpan);
    const half = bar(minSpan / 2);
    expect(atMinimum.scaleCapped).toBe(false);
    expect(atMinimum.box.height).toBe(INK_BOX);
    expect(half.scaleCapped).toBe(true);
    expect(half.scale).toBe(atMinimum.scale);
    expect(half.box.height).toBe(Math.ceil((INK_BOX - MNIST_PEN.width) / 2 + MNIST_PEN.width));
  });

  it('keeps a dot and a tiny scribble small and low in ink', () => {
    const dot = run([[{ x: 200, y: 150 }]]);
    const scribble = run([[0, 4, 1, 5, 2].map((x, k) => ({ x: 200 + x, y: 150 + (k % 2) * 4 }))]);
    expect(dot.scaleCapped && scribble.scaleCapped).toBe(true);
    expect(inkedPixels(dot.image)).toBeLessThanOrEqual(12);
    expect(inkMass(dot.image)).toBeLessThan(1.1 * penDotArea);
    // A 5 × 4 px scribble comes out about 2 px across before the pen is added.
    expect(inkedPixels(scribble.image)).toBeLessThanOrEqual(30);
    expect(inkMass(scribble.image)).toBeLessThan(3 * penDotArea);
  });

  it('ignores points off the pad and does not join strokes across them', () => {
    const clean = drawShape(ZERO, { x: 10, y: 10, size: 150 }, pad);
    const noisy: Drawing = {
      ...clean,
      strokes: [
        [{ x: -40, y: 10 }, ...clean.strokes[0], { x: Infinity, y: 0 }],
        [{ x: NaN, y: NaN }],
        [{ x: 10, y: 400 }],
      ],
    };
    expect(preprocessDrawing(noisy)?.image).toEqual(preprocessDrawing(clean)?.image);
    const twoDots = run([
      [
        { x: 10, y: 10 },
        { x: -1, y: 0 },
        { x: 200, y: 10 },
      ],
    ]);
    expect(inkMass(twoDots.image)).toBeLessThan(2.2 * penDotArea);
  });
});
