import { describe, expect, it } from 'vitest';
import { decimateLine } from './decimate';

const identity = (v: number) => v;

describe('decimateLine', () => {
  it('keeps every point when each has a pixel column of its own', () => {
    const data: [number, number][] = [
      [0, 3],
      [1, 1],
      [2.5, 2],
    ];
    expect(decimateLine(data, identity)).toEqual(data);
  });

  it('keeps the first, lowest, highest and last point of a column, in order', () => {
    const data: [number, number][] = [
      [0, 5],
      [0.1, 9],
      [0.2, 2],
      [0.3, 7],
      [0.4, 4],
      [1, 6],
    ];
    expect(decimateLine(data, identity)).toEqual([
      [0, 5],
      [0.1, 9],
      [0.2, 2],
      [0.4, 4],
      [1, 6],
    ]);
  });

  it('bounds a long run to four points a column', () => {
    const data = Array.from({ length: 100_000 }, (_, i): [number, number] => [i, Math.sin(i)]);
    const kept = decimateLine(data, (v) => v / 1000);
    expect(kept.length).toBeLessThanOrEqual(4 * 100);
    expect(kept[0]).toEqual(data[0]);
    expect(kept.at(-1)).toEqual(data.at(-1));
  });

  it('returns nothing for no points', () => {
    expect(decimateLine([], identity)).toEqual([]);
  });
});
