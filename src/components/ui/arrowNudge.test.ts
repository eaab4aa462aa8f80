import { describe, expect, it } from 'vitest';
import { arrowNudge, nudged } from './arrowNudge';

describe('arrowNudge', () => {
  it('moves right and up for → and ↑, ten times as far with Shift', () => {
    expect(arrowNudge('ArrowRight', false)).toEqual({ dx: 1, dy: 0 });
    expect(arrowNudge('ArrowLeft', true)).toEqual({ dx: -10, dy: 0 });
    expect(arrowNudge('ArrowUp', false)).toEqual({ dx: 0, dy: 1 });
    expect(arrowNudge('ArrowDown', true)).toEqual({ dx: 0, dy: -10 });
  });

  it('ignores every other key', () => {
    expect(arrowNudge('Enter', false)).toBeNull();
    expect(arrowNudge('a', true)).toBeNull();
  });
});

describe('nudged', () => {
  it('steps and stays inside the domain', () => {
    expect(nudged(1, 3, 0.1, [-5, 5])).toBeCloseTo(1.3);
    expect(nudged(4.9, 10, 0.1, [-5, 5])).toBe(5);
    expect(nudged(-4.9, -10, 0.1, [-5, 5])).toBe(-5);
  });
});
