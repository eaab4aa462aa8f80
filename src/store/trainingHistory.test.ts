import { describe, expect, it } from 'vitest';
import type { TrainingSnapshot } from '../worker/protocol';
import { EMPTY_HISTORY, cutHistory, POINT_EVERY, extendHistory } from './trainingHistory';

const snapshot = (examplesSeen: number, loss: number, validationAccuracy: number | null = null) =>
  ({ examplesSeen, loss, validationAccuracy }) as TrainingSnapshot;

describe('extendHistory', () => {
  it('adds a point every POINT_EVERY examples with the example-weighted mean cost', () => {
    let h = extendHistory(EMPTY_HISTORY, snapshot(100, 1));
    h = extendHistory(h, snapshot(POINT_EVERY, 0.5));
    expect(h.points).toEqual([
      {
        examplesSeen: POINT_EVERY,
        cost: (100 + 0.5 * (POINT_EVERY - 100)) / POINT_EVERY,
        validationAccuracy: null,
        validated: false,
      },
    ]);
  });

  it('adds a point as soon as a new validation accuracy arrives', () => {
    const h = extendHistory(EMPTY_HISTORY, snapshot(50, 0.3, 0.9));
    expect(h.points).toEqual([
      { examplesSeen: 50, cost: 0.3, validationAccuracy: 0.9, validated: true },
    ]);
    expect(extendHistory(h, snapshot(60, 0.3, 0.9)).points).toHaveLength(1);
  });

  it('ignores snapshots that did not train, carry no finite cost or go back to a saved point', () => {
    const h = extendHistory(EMPTY_HISTORY, snapshot(100, 1));
    expect(extendHistory(h, snapshot(100, 0.2))).toBe(h);
    expect(extendHistory(h, snapshot(200, NaN))).toBe(h);
    expect(extendHistory(h, snapshot(0, 0))).toBe(h);
  });

  it('is cut back to a saved point that training went on from, and grows again from there', () => {
    let h = EMPTY_HISTORY;
    for (const seen of [500, 1_000, 1_500]) h = extendHistory(h, snapshot(seen, seen / 1_000));
    const cut = cutHistory(h, 1_000);
    expect(cut.points.map((p) => [p.examplesSeen, p.cost])).toEqual([
      [500, 0.5],
      [1_000, 1],
    ]);
    const grown = extendHistory(cut, snapshot(1_500, 0.25));
    expect(grown.points.map((p) => [p.examplesSeen, p.cost]).at(-1)).toEqual([1_500, 0.25]);
  });
});
