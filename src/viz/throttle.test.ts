import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from './throttle';

describe('throttleLatest', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first call at once and collapses a burst into one call with the newest value', () => {
    const seen: number[] = [];
    const paint = throttleLatest((v: number) => seen.push(v), 100);
    paint(1);
    paint(2);
    paint(3);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1, 3]);
  });

  it('drops a pending call when cancelled', () => {
    const seen: number[] = [];
    const paint = throttleLatest((v: number) => seen.push(v), 100);
    paint(1);
    paint(2);
    paint.cancel();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1]);
  });

  it('reads an interval given as a function at each call', () => {
    const seen: number[] = [];
    let interval = 100;
    const paint = throttleLatest(
      (v: number) => seen.push(v),
      () => interval,
    );
    paint(1);
    interval = 300;
    paint(2);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1, 2]);
  });
});
