import { describe, expect, it } from 'vitest';
import { appEn } from '../i18n/en/app';
import { appZh } from '../i18n/zh/app';
import { sumTex } from './sumTerms';
import { neuronName, sym } from './symbols';

describe('neuronName', () => {
  it('names output neurons by their digit and other neurons from 1', () => {
    expect(neuronName(3, 7, 3)).toBe(7);
    expect(neuronName(3, 0, 3)).toBe(0);
    expect(neuronName(2, 4, 3)).toBe(5);
    expect(neuronName(0, 0, 3)).toBe(1);
  });
});

describe('sym', () => {
  it('colours each quantity in 3Blue1Brown’s palette', () => {
    expect(sym.w(3, 5, 2)).toBe('\\htmlClass{tex-weight}{w^{(2)}_{3,5}}');
    expect(sym.w('j', 'k')).toBe('\\htmlClass{tex-weight}{w_{jk}}');
    expect(sym.b(4, 1)).toContain('tex-bias');
    expect(sym.y(7)).toContain('tex-y');
    expect(sym.a(2, 1)).toBe('a^{(1)}_{2}');
  });

  it('writes ∂C/∂z with C red and z green', () => {
    const tex = sym.dCd(sym.z(3, 2));
    expect(tex).toMatch(/^\\frac\{\\partial .*C.*\}\{\\partial .*z\^\{\(2\)\}_\{3\}.*\}$/);
    expect(tex).toContain('\\htmlClass{tex-cost}{C}');
    expect(tex).toContain('\\htmlClass{tex-z}{z^{(2)}_{3}}');
  });
});

describe('sumTex', () => {
  it('writes out the largest terms and totals the rest', () => {
    const tex = sumTex([1, -5, 2, 0.5, 0.25], (i) => `t${i}`, appEn);
    expect(tex).toBe('t1 + t2 + t0 + \\underbrace{0.75}_{\\text{2 more terms}}');
  });

  it('names the summarised terms in the interface language', () => {
    const tex = sumTex([1, -5, 2, 0.5, 0.25], (i) => `t${i}`, appZh);
    expect(tex).toContain('\\text{其余 2 项}');
  });

  it('writes every term of a short sum', () => {
    expect(sumTex([1, -2], (i) => `t${i}`, appEn)).toBe('t1 + t0');
  });
});
