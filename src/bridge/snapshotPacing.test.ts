import { describe, expect, it } from 'vitest';
import { pacedInterval } from '../viz/viewPace';
import { createSnapshotPacing } from './snapshotPacing';

const FRAME = 1000 / 60;

/** Shows a snapshot at `at` and reports the frame after next `cost` ms later. */
function showWithCost(pacing: ReturnType<typeof createSnapshotPacing>, at: number, cost: number) {
  pacing.shown(at);
  pacing.followed(at, at + cost);
}

describe('snapshot pacing', () => {
  it('shows every frame while the two frames painting a snapshot fit in two', () => {
    const pacing = createSnapshotPacing();
    for (let i = 0; i < 10; i++) {
      expect(pacing.due(i * FRAME)).toBe(true);
      showWithCost(pacing, i * FRAME, 2 * FRAME);
    }
    expect(pacing.gapMs).toBe(0);
  });

  it('doubles the gap while snapshots cost long frames, up to half a second', () => {
    const pacing = createSnapshotPacing();
    showWithCost(pacing, 0, 50);
    expect(pacing.gapMs).toBeCloseTo(2 * FRAME);
    expect(pacing.due(FRAME)).toBe(false);
    expect(pacing.due(2 * FRAME)).toBe(true);
    showWithCost(pacing, 100, 50);
    expect(pacing.gapMs).toBeCloseTo(4 * FRAME);
    for (let i = 0; i < 10; i++) showWithCost(pacing, 1000 * (i + 1), 80);
    expect(pacing.gapMs).toBe(500);
  });

  it('narrows the gap again once the machine keeps up', () => {
    const pacing = createSnapshotPacing();
    for (let i = 0; i < 10; i++) showWithCost(pacing, 1000 * i, 80);
    const slow = pacing.gapMs;
    for (let i = 0; i < 10; i++) showWithCost(pacing, 20_000 + 1000 * i, 2 * FRAME);
    expect(pacing.gapMs).toBeLessThan(slow / 10);
  });

  it('puts the pen first on a slow machine: snapshots a quarter second apart while it is down', () => {
    const pacing = createSnapshotPacing();
    pacing.pen(true);
    showWithCost(pacing, 0, 2 * FRAME);
    expect(pacing.due(FRAME)).toBe(true);
    showWithCost(pacing, 1000, 50);
    expect(pacing.due(1000 + 3 * FRAME)).toBe(false);
    expect(pacedInterval(100, 2)).toBe(500);
    expect(pacing.due(1250)).toBe(true);
    pacing.pen(false);
    expect(pacing.due(1000 + 3 * FRAME)).toBe(true);
    expect(pacedInterval(10, 2)).toBeCloseTo(4 * FRAME);
    // Once the frames fit again, the gap closes altogether and the pen no longer spaces them.
    pacing.pen(true);
    for (let i = 0; i < 20; i++) showWithCost(pacing, 2000 + 100 * i, 2 * FRAME);
    expect(pacing.gapMs).toBe(0);
    expect(pacing.due(3900 + FRAME)).toBe(true);
  });

  it('stretches the painters that follow it while the gap is wide', () => {
    const pacing = createSnapshotPacing();
    showWithCost(pacing, 0, 2 * FRAME);
    expect(pacedInterval(250, 2)).toBe(250);
    for (let i = 0; i < 10; i++) showWithCost(pacing, 1000 * (i + 1), 80);
    expect(pacedInterval(250, 2)).toBe(1000);
    for (let i = 0; i < 40; i++) showWithCost(pacing, 20_000 + 1000 * i, 2 * FRAME);
    expect(pacedInterval(250, 2)).toBe(250);
  });
});
