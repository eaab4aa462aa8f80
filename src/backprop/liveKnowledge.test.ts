import { describe, expect, it } from 'vitest';
import { liveKnowledge } from './liveKnowledge';

describe('liveKnowledge', () => {
  it('shows a labelled example up to the gradient, never the update', () => {
    const k = liveKnowledge(4, true);
    expect(k.forwardUpTo).toBe(3);
    expect(k.cost).toBe(true);
    expect(k.dCdz.slice(1)).toEqual([true, true, true]);
    expect(k.gradient).toBe(true);
    expect(k.update).toBe(false);
    expect(k.after).toBe(false);
  });
  it('shows an unlabelled drawing through the forward pass only', () => {
    const k = liveKnowledge(4, false);
    expect(k.forwardUpTo).toBe(3);
    expect(k.cost).toBe(false);
    expect(k.dCda.some(Boolean)).toBe(false);
    expect(k.gradient).toBe(false);
  });
  it('works for a network without hidden layers', () => {
    expect(liveKnowledge(2, false).forwardUpTo).toBe(1);
    expect(liveKnowledge(2, true).dCdz[1]).toBe(true);
  });
});
