import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import { createRunHistory } from './runHistory';

const net = createNetwork(MNIST_SPEC, 1);
const QUARTER = 13_750;

/** Records a point each time one is due, `count` times; the examples of the points kept. */
function recordDue(max: number, count: number) {
  const history = createRunHistory(QUARTER, max);
  for (let i = 0; i < count; i++) history.record(net, history.nextDue(), 55_000, i);
  return { history, seen: history.points.map((p) => p.examplesSeen) };
}

describe('the run history', () => {
  it('comes quickly at first, then every quarter epoch', () => {
    expect(recordDue(100, 9).seen).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 13_750, 27_500, 41_250, 55_000,
    ]);
  });

  it('keeps copies of the weights, not the live arrays', () => {
    const history = createRunHistory(QUARTER);
    const point = history.record(net, 0, 55_000, 0);
    expect(point.weights[0]).toEqual(net.weights[0]);
    expect(point.weights[0]).not.toBe(net.weights[0]);
    expect(point.biases[2]).toEqual(net.biases[2]);
  });

  it('thins to at most its cap: early points and the newest stay, the steady ones spread out', () => {
    // 5 early points, then steady ones; the 11th point makes 11 > 10 and every other steady goes.
    const { history, seen } = recordDue(10, 11);
    expect(seen).toEqual([0, 1_000, 2_000, 4_000, 8_000, 27_500, 55_000, 82_500]);
    // The next point is due two quarters on, and the cap holds however long the run goes.
    expect(history.nextDue()).toBe(82_500 + 2 * QUARTER);
    const long = recordDue(10, 200);
    expect(long.seen.length).toBeLessThanOrEqual(10);
    expect(long.seen.slice(0, 5)).toEqual([0, 1_000, 2_000, 4_000, 8_000]);
    const gaps = long.seen.slice(5).map((s, i, all) => (i === 0 ? 0 : s - all[i - 1]));
    // Evenly spaced after thinning (the last gap may be shorter: it was recorded at the old interval).
    expect(new Set(gaps.slice(1, -1)).size).toBe(1);
  });

  it('drops the points after one that training went on from, and tells where each point is', () => {
    const { history } = recordDue(100, 7);
    history.cutAfter(3);
    expect(history.summary()).toEqual(
      [0, 1_000, 2_000, 4_000].map((examplesSeen) => ({
        examplesSeen,
        epochSize: 55_000,
        cost: null,
        accuracy: null,
      })),
    );
    expect(history.nextDue()).toBe(8_000);
    history.clear();
    expect(history.points).toEqual([]);
    expect(history.nextDue()).toBe(0);
  });
});
