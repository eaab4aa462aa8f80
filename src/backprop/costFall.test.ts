import { describe, expect, it } from 'vitest';
import { costFall } from './costFall';

describe('costFall', () => {
  it('gives the fall as a percentage when that reads true', () => {
    expect(costFall(0.5, 0.4)).toEqual({ kind: 'lower', percent: '20' });
    expect(costFall(0.03, 0.0297)).toEqual({ kind: 'lower', percent: '1' });
  });

  it('never rounds a positive cost to a fall of 100%: it says what is left', () => {
    expect(costFall(2.4e-94, 1.2e-100)).toEqual({ kind: 'fraction', left: '5×10⁻⁷' });
    expect(costFall(1, 0.00001)).toEqual({ kind: 'fraction', left: '1×10⁻⁵' });
  });

  it('calls a cost that underflowed to 0 an underflow', () => {
    expect(costFall(2.4e-94, 0)).toEqual({ kind: 'underflow' });
    expect(costFall(0, 0)).toEqual({ kind: 'unknown' });
  });

  it('says when the cost did not fall', () => {
    expect(costFall(0.1, 0.2)).toEqual({ kind: 'notLower' });
    expect(costFall(0.1, 0.1)).toEqual({ kind: 'notLower' });
    expect(costFall(0.1, NaN)).toEqual({ kind: 'notLower' });
  });
});
