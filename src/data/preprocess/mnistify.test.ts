import { describe, expect, it } from 'vitest';
import { centreOfMass } from './centreOfMass';
import type { PreprocessResult } from './mnistify';
import { INK_BOX, MNIST_CENTRE, MNIST_PEN, preprocessDrawing } from './mnistify';
import type { Drawing } from './strokes';
import type { Placing, Shape } from './syntheticDigits';
import { ONE, SEVEN, ZERO, drawShape } from './syntheticDigits';

const pad = { width: 400, height: 300 };
const SHAPES: [string, Shape][] = [
  ['zero', ZERO],
  ['one', ONE],
  ['seven', SEVEN],
];

function run(drawing: Drawing): PreprocessResult {
  const result = preprocessDrawing(drawing);
  if (!result) throw new Error('expected a result');
  return result;
}

const digit = (shape: Shape, at: Placing): PreprocessResult => run(drawShape(shape, at, pad));

function largestDifference(a: Uint8Array, b: Uint8Array): number {
  return a.reduce((worst, v, i) => Math.max(worst, Math.abs(v - b[i])), 0);
}

/** Width and height of the pixels with any ink. */
function inkExtent(image: Uint8Array): { width: number; height: number } {
  let x0 = 28;
  let x1 = -1;
  let y0 = 28;
  let y1 = -1;
  image.forEach((v, i) => {
    if (v === 0) return;
    x0 = Math.min(x0, i % 28);
    x1 = Math.max(x1, i % 28);
    y0 = Math.min(y0, Math.floor(i / 28));
    y1 = Math.max(y1, Math.floor(i / 28));
  });
  return { width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * Sub-pixel extent of the ink along each axis: every column (row) counts by its darkest pixel,
 * so a column the ink's edge only half covers counts ½.
 */
function coveredExtent(image: Uint8Array): { width: number; height: number } {
  const columns = new Float64Array(28);
  const rows = new Float64Array(28);
  image.forEach((v, i) => {
    columns[i % 28] = Math.max(columns[i % 28], v / 255);
    rows[Math.floor(i / 28)] = Math.max(rows[Math.floor(i / 28)], v / 255);
  });
  const sum = (a: Float64Array) => a.reduce((total, v) => total + v, 0);
  return { width: sum(columns), height: sum(rows) };
}

const inkMass = (image: Uint8Array): number => image.reduce((sum, v) => sum + v, 0) / 255;

/** One straight stroke from (x, y0) to (x1, y1). */
const line = (x0: number, y0: number, x1: number, y1: number): PreprocessResult =>
  run({
    ...pad,
    strokes: [
      [
        { x: x0, y: y0 },
        { x: x1, y: y1 },
      ],
    ],
  });

describe('preprocessDrawing', () => {
  it.each(SHAPES)('gives the same image for a %s drawn anywhere on the pad', (_, shape) => {
    const first = digit(shape, { x: 10, y: 10, size: 150 }).image;
    for (const at of [
      { x: 237.3, y: 141.9, size: 150 },
      { x: 0.5, y: 149.25, size: 150 },
    ]) {
      expect(largestDifference(digit(shape, at).image, first)).toBeLessThanOrEqual(2);
    }
  });

  it.each(SHAPES)('gives the same 20-px box for a small and a large %s', (_, shape) => {
    const small = digit(shape, { x: 300, y: 200, size: 50 });
    const large = digit(shape, { x: 5, y: 5, size: 290 });
    expect(small.scaleCapped).toBe(false);
    expect(small.box.width).toBe(large.box.width);
    expect(small.box.height).toBe(large.box.height);
    expect(Math.max(small.box.width, small.box.height)).toBe(INK_BOX);
    expect(largestDifference(small.box.pixels, large.box.pixels)).toBeLessThanOrEqual(2);
    expect(largestDifference(small.image, large.image)).toBeLessThanOrEqual(2);
  });

  it('re-draws with its own pen: stroke thickness does not follow the drawing’s size', () => {
    // The pad's pen never reaches us; what a fixed pen would get wrong is thickness vs size.
    for (const length of [50, 290]) {
      const bar = line(100, 5, 100, 5 + length);
      for (const y of [10, 14, 18]) {
        const row = bar.image.subarray(y * 28, y * 28 + 28);
        expect(inkMass(row)).toBeCloseTo(MNIST_PEN.width, 1);
      }
    }
  });

  it.each(SHAPES)('puts the centre of mass of a %s at the frame centre', (_, shape) => {
    for (const at of [
      { x: 10, y: 10, size: 150 },
      { x: 123.4, y: 56.7, size: 222 },
      { x: 300, y: 200, size: 30 },
    ]) {
      const { x, y } = centreOfMass({ width: 28, height: 28, pixels: digit(shape, at).image });
      expect(Math.abs(x - MNIST_CENTRE)).toBeLessThan(0.05);
      expect(Math.abs(y - MNIST_CENTRE)).toBeLessThan(0.05);
    }
  });

  it('moves the ink, not the box, to the centre: the seven’s mass sits high in its box', () => {
    const seven = digit(SEVEN, { x: 10, y: 10, size: 150 });
    expect(seven.boxCentre.y).toBeLessThan((seven.box.height - 1) / 2 - 1);
    expect(seven.shift.y).toBeCloseTo(MNIST_CENTRE - seven.boxCentre.y, 10);
  });

  it.each(SHAPES)('spans 20 px of ink on the longer side of a %s', (_, shape) => {
    // The sub-pixel shift can leave the box's ends half covering one extra pixel each.
    const { image } = digit(shape, { x: 123.4, y: 56.7, size: 222 });
    const extent = coveredExtent(image);
    expect(Math.abs(Math.max(extent.width, extent.height) - INK_BOX)).toBeLessThan(0.5);
    expect(Math.max(...Object.values(inkExtent(image)))).toBeLessThanOrEqual(INK_BOX + 1);
  });

  it('reports the crop and scale in pad pixels', () => {
    const result = line(50, 40, 70, 240);
    expect(result.bounds).toEqual({ x: 50, y: 40, width: 20, height: 200 });
    expect(result.scale).toBeCloseTo((INK_BOX - MNIST_PEN.width) / 200, 12);
  });

  it('takes well under 4 ms for a digit of several hundred points', () => {
    const dense = drawShape(ZERO, { x: 20, y: 20, size: 250 }, pad, 1);
    expect(dense.strokes[0].length).toBeGreaterThan(500);
    const times: number[] = [];
    for (let k = 0; k < 40; k++) {
      const start = performance.now();
      preprocessDrawing(dense);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[times.length >> 1]).toBeLessThan(4);
  });
});
