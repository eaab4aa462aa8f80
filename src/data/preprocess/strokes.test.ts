import { describe, expect, it } from 'vitest';
import { strokesOnPad } from './strokes';

const pad = { width: 100, height: 50 };

describe('strokesOnPad', () => {
  it('keeps points on the pad, edges included', () => {
    const stroke = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 40, y: 20 },
    ];
    expect(strokesOnPad({ ...pad, strokes: [stroke] })).toEqual([stroke]);
  });

  it('lifts the pen at off-pad and non-finite points instead of joining across them', () => {
    const a = { x: 10, y: 10 };
    const b = { x: 20, y: 10 };
    const c = { x: 30, y: 10 };
    const strokes = [[a, { x: 101, y: 10 }, b, { x: NaN, y: 5 }, { x: 5, y: Infinity }, c]];
    expect(strokesOnPad({ ...pad, strokes })).toEqual([[a], [b], [c]]);
  });

  it('drops strokes with no usable point', () => {
    const strokes = [[], [{ x: -1, y: 3 }], [{ x: 3, y: 51 }]];
    expect(strokesOnPad({ ...pad, strokes })).toEqual([]);
  });
});
