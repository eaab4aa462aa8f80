import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../config';
import { heatPaint } from './heat';

const css = (hex: string) => rgb(hex).toString();

describe('heatPaint', () => {
  it('zero (and a value that is not a number) is the dark neutral, with light digits', () => {
    expect(heatPaint(0, 1)).toEqual({ fill: css(COLORS.unknown), ink: COLORS.text });
    expect(heatPaint(Number.NaN, 1).fill).toBe(css(COLORS.unknown));
  });

  it('full blue at +scale, full red at −scale, clamped beyond, with dark digits', () => {
    expect(heatPaint(0.25, 0.25)).toEqual({ fill: css(COLORS.positive), ink: COLORS.background });
    expect(heatPaint(-0.25, 0.25).fill).toBe(css(COLORS.negative));
    expect(heatPaint(-3, 0.25).fill).toBe(css(COLORS.negative));
  });

  it('a weak value is between dark and the full colour', () => {
    const weak = rgb(heatPaint(0.1, 1).fill);
    const zero = rgb(COLORS.unknown);
    const full = rgb(COLORS.positive);
    expect(weak.b).toBeGreaterThan(zero.b);
    expect(weak.b).toBeLessThan(full.b);
  });
});
