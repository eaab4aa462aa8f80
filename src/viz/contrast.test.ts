import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, relativeLuminance } from './contrast';

describe('contrastRatio (WCAG 2.x)', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio([88, 196, 221], [88, 196, 221])).toBe(1);
  });

  it('matches published ratios and ignores the order of its arguments', () => {
    // #767676 on white is the classic 4.54:1 (the lightest grey passing AA).
    expect(contrastRatio(hexToRgb('#767676'), hexToRgb('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(hexToRgb('#ffffff'), hexToRgb('#767676'))).toBeCloseTo(4.54, 2);
    // #595959 on white is 7.0:1 (the lightest grey passing AAA).
    expect(contrastRatio(hexToRgb('#595959'), hexToRgb('#ffffff'))).toBeCloseTo(7.0, 1);
  });

  it('weighs green most, then red, then blue', () => {
    const [r, g, b] = [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
    ].map((c) => relativeLuminance(c as [number, number, number]));
    expect(r).toBeCloseTo(0.2126, 4);
    expect(g).toBeCloseTo(0.7152, 4);
    expect(b).toBeCloseTo(0.0722, 4);
  });
});
