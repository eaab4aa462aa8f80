import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAIN, traceChain } from './chainModel';
import { INITIAL_LAB, chainLabReducer } from './labState';

describe('the chain lab state', () => {
  it('grabbing a studiable quantity studies it and remembers where the nudge began', () => {
    const grabbed = chainLabReducer(INITIAL_LAB, {
      type: 'grab',
      quantity: { symbol: 'b', layer: 2 },
    });
    expect(grabbed.studied).toBe('b2');
    expect(grabbed.anchor).toBe(DEFAULT_CHAIN);
    const dragged = chainLabReducer(grabbed, {
      type: 'drag',
      quantity: { symbol: 'b', layer: 2 },
      value: 1.5,
    });
    expect(dragged.params.b).toEqual([DEFAULT_CHAIN.b[0], 1.5, DEFAULT_CHAIN.b[2]]);
    expect(dragged.anchor).toBe(DEFAULT_CHAIN);
    const y = chainLabReducer(dragged, { type: 'grab', quantity: { symbol: 'y' } });
    expect(y.studied).toBe('b2');
  });

  it('a keyboard nudge moves by the step from the current value', () => {
    const s = chainLabReducer(INITIAL_LAB, {
      type: 'nudge',
      quantity: { symbol: 'w', layer: 3 },
      by: 0.01,
    });
    expect(s.params.w[2]).toBeCloseTo(DEFAULT_CHAIN.w[2] + 0.01, 15);
    expect(s.anchor).toBe(DEFAULT_CHAIN);
  });

  it('records C₀ before and after each descent step, and a reset forgets them', () => {
    let s = INITIAL_LAB;
    for (let i = 0; i < 3; i++) s = chainLabReducer(s, { type: 'descend', learningRate: 1 });
    expect(s.costs).toHaveLength(4);
    expect(s.costs[0]).toBe(traceChain(DEFAULT_CHAIN).cost);
    expect(s.costs[3]).toBe(traceChain(s.params).cost);
    expect(s.costs[3]).toBeLessThan(s.costs[0]);
    s = chainLabReducer(s, { type: 'reset' });
    expect(s.params).toBe(DEFAULT_CHAIN);
    expect(s.costs).toEqual([]);
  });
});
