import { describe, expect, it } from 'vitest';
import { agreeingDigits } from './agreeingDigits';
import { shownNumber } from './shownNumber';

const oneMinusSquare = ([t]: readonly number[]) => 1 - t * t;

describe('agreeingDigits', () => {
  it('keeps three digits when they already recompute the result', () => {
    expect(agreeingDigits([0.5], oneMinusSquare, 1 - 0.25)).toBe(3);
  });

  it('shows tanh 8 with enough digits that 1 − t² reads true', () => {
    const t = Math.tanh(8);
    const digits = agreeingDigits([t], oneMinusSquare, 1 - t * t);
    const shown = Number(t.toPrecision(digits));
    expect(shownNumber(1 - shown * shown)).toBe(shownNumber(1 - t * t));
    expect(shownNumber(t, digits)).toBe('0.999999775');
  });

  it('makes a saturated softmax product s(1 − s) agree', () => {
    const s = Math.exp(8) / (Math.exp(8) + 3);
    const value = s * (1 - s);
    const digits = agreeingDigits([s], ([r]) => r * (1 - r), value);
    expect(digits).toBeGreaterThan(3);
    const r = Number(s.toPrecision(digits));
    expect(shownNumber(r * (1 - r))).toBe(shownNumber(value));
  });
});
