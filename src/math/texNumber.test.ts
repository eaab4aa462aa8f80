import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/random';
import { shownNumber, superscript } from './shownNumber';
import { texFactor, texNumber } from './texNumber';

describe('texNumber', () => {
  it.each([
    [0.8123, '0.812'],
    [-1.4236, '-1.42'],
    [12.597, '12.6'],
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [0.5, '0.5'],
    [1234.5, '1230'],
    [0.001, '0.001'],
    [0.00099996, '0.001'],
    [999.4, '999'],
    [4321, '4320'],
    [1.234e-5, '1.23 \\times 10^{-5}'],
    [-0.000987, '-9.87 \\times 10^{-4}'],
    [9999.6, '1 \\times 10^{4}'],
    [12345, '1.23 \\times 10^{4}'],
    [NaN, '\\text{n/a}'],
    [Infinity, '\\text{n/a}'],
    [-Infinity, '\\text{n/a}'],
  ])('%s → %s', (x, tex) => {
    expect(texNumber(x)).toBe(tex);
  });

  it('takes the number of significant digits', () => {
    expect(texNumber(Math.PI, 5)).toBe('3.1416');
    expect(texNumber(-2 / 3, 1)).toBe('-0.7');
  });
});

describe('texFactor', () => {
  it('parenthesises negative and scientific numbers only', () => {
    expect(texFactor(-1.4236)).toBe('(-1.42)');
    expect(texFactor(0.81)).toBe('0.81');
    expect(texFactor(1.234e-5)).toBe('(1.23 \\times 10^{-5})');
    expect(texFactor(NaN)).toBe('\\text{n/a}');
  });
});

describe('texNumber and shownNumber', () => {
  it('round alike, and like toPrecision', () => {
    const rng = createRng(7);
    for (let i = 0; i < 2000; i++) {
      const x = (rng.next() - 0.5) * 10 ** Math.floor(rng.next() * 14 - 7);
      const tex = texNumber(x);
      const power = / \\times 10\^\{(-?\d+)\}/;
      expect(Number(tex.replace(power, 'e$1'))).toBe(Number(x.toPrecision(3)));
      const asText = tex
        .replace(power, (_, n: string) => `×10${superscript(Number(n))}`)
        .replace(/^-/, '\u2212');
      expect(shownNumber(x)).toBe(asText);
    }
  });
});
