import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb } from '../../viz/contrast';
import { allDisplaySettings, vizColors } from '../../viz/palette';
import { heatPaint } from './heat';

const dark = vizColors({ theme: 'dark', palette: 'standard', projector: false });

describe('heatPaint', () => {
  it('zero (and a value that is not a number) is the neutral shade, with the text colour', () => {
    expect(heatPaint(0, 1, dark)).toEqual({ fill: dark.unknown, ink: dark.text });
    expect(heatPaint(Number.NaN, 1, dark).fill).toBe(dark.unknown);
  });

  it('full positive colour at +scale, negative at −scale, clamped beyond', () => {
    expect(heatPaint(0.25, 0.25, dark)).toEqual({ fill: dark.positive, ink: dark.background });
    expect(heatPaint(-0.25, 0.25, dark).fill).toBe(dark.negative);
    expect(heatPaint(-3, 0.25, dark).fill).toBe(dark.negative);
  });

  it('a weak value is between the neutral shade and the full colour', () => {
    const weak = rgb(heatPaint(0.1, 1, dark).fill);
    expect(weak.b).toBeGreaterThan(rgb(dark.unknown).b);
    expect(weak.b).toBeLessThan(rgb(dark.positive).b);
  });

  it.each(allDisplaySettings())(
    'keeps its digits at the theme’s text contrast: %o',
    (_, colors) => {
      for (let v = -1; v <= 1; v += 0.05) {
        const { fill, ink } = heatPaint(v, 1, colors);
        expect(contrastRatio(hexToRgb(fill), hexToRgb(ink))).toBeGreaterThanOrEqual(
          colors.textContrast,
        );
      }
    },
  );
});
