import { describe, expect, it } from 'vitest';
import { readNumber } from './numberText';

describe('readNumber', () => {
  it('reads decimal notation within the bounds', () => {
    expect(readNumber('0.5', 0, 1)).toBe(0.5);
    expect(readNumber('-.25', -1, 1)).toBe(-0.25);
    expect(readNumber('1e-3', 0, 1)).toBe(0.001);
    expect(readNumber('3.', 0, 10)).toBe(3);
    expect(readNumber('16', 0, 100, true)).toBe(16);
  });

  it('refuses other notations that Number() would read', () => {
    for (const text of ['0x10', '0b10', '0o10', 'Infinity', '', ' ', '1_000', '+1', '٣']) {
      expect(readNumber(text, -Infinity, Infinity), text).toBeUndefined();
    }
  });

  it('takes only digits for a whole number', () => {
    for (const text of ['1e1', '2.0', '-1', '0x10']) {
      expect(readNumber(text, -100, 100, true), text).toBeUndefined();
    }
  });

  it('refuses numbers outside the bounds', () => {
    expect(readNumber('1.5', 0, 1)).toBeUndefined();
    expect(readNumber('11', 0, 10, true)).toBeUndefined();
  });
});
