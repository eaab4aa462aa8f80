import { describe, expect, it } from 'vitest';
import { timelineKnowledge, timelineLength, timelinePoint } from './timeline';

describe('the sequence timeline', () => {
  it('reads rows 1 … T forward, then goes back from T to 1', () => {
    const T = 28;
    const points = Array.from({ length: timelineLength(T) }, (_, p) => timelinePoint(p, T));
    expect(points[0]).toEqual({ phase: 'forward', t: 1 });
    expect(points[27]).toEqual({ phase: 'forward', t: 28 });
    expect(points[28]).toEqual({ phase: 'backward', t: 28 });
    expect(points[55]).toEqual({ phase: 'backward', t: 1 });
    expect(new Set(points.map((p) => `${p.phase}${p.t}`)).size).toBe(56);
  });

  it('never shows what is not yet computed', () => {
    expect(timelineKnowledge({ phase: 'forward', t: 5 }, 28)).toEqual({
      rowsRead: 5,
      backTo: null,
    });
    expect(timelineKnowledge({ phase: 'backward', t: 9 }, 28)).toEqual({ rowsRead: 28, backTo: 9 });
  });
});
