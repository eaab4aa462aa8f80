import { describe, expect, it } from 'vitest';
import { withSymbolWords } from './symbolWords';

const ENGLISH = { total: 'total', out: 'out', target: 'target', net: 'net' };
const CHINESE = { total: '总', out: '输出', target: '目标', net: '净输入' };
const TEX =
  '\\frac{\\partial E_{\\mathrm{total}}}{\\partial \\mathrm{out}_{o_1}} = -(\\mathrm{target}_{o_1} - \\mathrm{out}_{o_1})';

describe('withSymbolWords', () => {
  it('leaves the English symbols as they are', () => {
    expect(withSymbolWords(TEX, ENGLISH)).toBe(TEX);
  });

  it('writes every symbol word in Chinese, as the prose beside it does', () => {
    const tex = withSymbolWords(TEX, CHINESE);
    expect(tex).toBe(
      '\\frac{\\partial E_{\\text{总}}}{\\partial \\text{输出}_{o_1}} = -(\\text{目标}_{o_1} - \\text{输出}_{o_1})',
    );
  });
});
