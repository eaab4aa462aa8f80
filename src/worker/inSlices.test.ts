import { describe, expect, it } from 'vitest';
import { inSlices } from './inSlices';

describe('work in slices', () => {
  it('covers every item once, in order, yielding between slices', async () => {
    const queue: (() => void)[] = [];
    const chunks: [number, number][] = [];
    let slices = 1;
    const done = inSlices(
      10,
      4,
      (fn) => {
        slices++;
        queue.push(fn);
      },
      (start, end) => chunks.push([start, end]),
    );
    while (queue.length > 0) queue.shift()!();
    await done;
    expect(chunks).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(slices).toBe(3);
  });

  it('takes as many chunks into a slice as it is allowed', async () => {
    const queue: (() => void)[] = [];
    const slices: number[][] = [];
    const done = inSlices(
      7,
      1,
      (fn) => queue.push(fn),
      (start) => slices.at(-1)!.push(start),
      () => {
        slices.push([]);
        let taken = 1;
        return () => ++taken <= 3;
      },
    );
    while (queue.length > 0) queue.shift()!();
    await done;
    expect(slices).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
});
