import { describe, expect, it } from 'vitest';
import {
  groupDigits,
  shownFixed,
  shownNumber,
  shownPercent,
  shownProbability,
  shownSigned,
  typesetNumberText,
} from './shownNumber';

describe('shownNumber', () => {
  it.each([
    [12.345, '12.3'],
    [100, '100'],
    [-0.146, '−0.146'],
    [-1.4236, '−1.42'],
    [1e-4, '1×10⁻⁴'],
    [1.1e-4, '1.1×10⁻⁴'],
    [-4.6e-7, '−4.6×10⁻⁷'],
    [2.4e-94, '2.4×10⁻⁹⁴'],
    [1e6, '1×10⁶'],
    [-12345, '−1.23×10⁴'],
    [-0, '0'],
    [Infinity, 'n/a'],
    [NaN, 'n/a'],
  ])('%s reads %s', (x, text) => {
    expect(shownNumber(x)).toBe(text);
  });

  it('takes the number of significant digits', () => {
    expect(shownNumber(Math.PI, 5)).toBe('3.1416');
    expect(shownNumber(0.99999977, 8)).toBe('0.99999977');
  });
});

describe('shownProbability', () => {
  it.each([
    [0.9516, '0.95'],
    [0.996, '0.996'],
    [0.9996, '0.9996'],
    [0.99999, '0.99999'],
    [1, '1'],
    [0, '0'],
  ])('%s reads %s, never 1 unless it is', (p, text) => {
    expect(shownProbability(p)).toBe(text);
  });
});

describe('typesetNumberText', () => {
  it.each([
    ['-0.146', '−0.146'],
    ['1.1e-4', '1.1×10⁻⁴'],
    ['-1.5e-7', '−1.5×10⁻⁷'],
    ['2e+21', '2×10²¹'],
    ['1e−5', '1×10⁻⁵'],
    ['−0.5', '−0.5'],
    ['12', '12'],
    ['-.5', '−.5'],
  ])('%s is set as %s', (ascii, text) => {
    expect(typesetNumberText(ascii)).toBe(text);
  });
});

describe('shownFixed, shownSigned and shownPercent', () => {
  it('write a minus sign, and a dash for what is not a number', () => {
    expect(shownFixed(-0.1456, 3)).toBe('−0.146');
    expect(shownFixed(0.1456, 1)).toBe('0.1');
    expect(shownFixed(NaN, 2)).toBe('–');
    expect(shownSigned(0.123, 2)).toBe('+0.12');
    expect(shownSigned(-0.123, 2)).toBe('−0.12');
    expect(shownPercent(0.9516, 2)).toBe('95.16%');
    expect(shownPercent(null, 1)).toBe('–');
  });
});

describe('groupDigits', () => {
  it.each([
    [7, '7'],
    [999, '999'],
    [10000, '10,000'],
    [1234567, '1,234,567'],
  ])('%d is written %s', (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });
});
