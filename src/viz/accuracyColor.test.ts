import { describe, expect, it } from 'vitest';
import { accuracyColor, accuracyGrade } from './accuracyColor';
import { contrastRatio, hexToRgb } from './contrast';
import { allDisplaySettings } from './palette';

/** Red minus green of a colour: positive leans red, negative leans green. */
const redOverGreen = (hex: string) => {
  const [r, g] = hexToRgb(hex);
  return r - g;
};

describe('accuracy colours', () => {
  it('grade chance as poor, 73.5% as middling and the shipped networks as good', () => {
    expect(accuracyGrade(0.1)).toBe(0);
    expect(accuracyGrade(0.5)).toBe(0);
    expect(accuracyGrade(0.735)).toBeCloseTo(0.5, 12);
    expect(accuracyGrade(0.97)).toBe(1);
    expect(accuracyGrade(0.9516)).toBeCloseTo(0.4516 / 0.47, 12);
  });

  it('are readable on every theme, palette and projector setting, at every accuracy', () => {
    for (const [, colors] of allDisplaySettings()) {
      for (let a = 0; a <= 1; a += 0.01) {
        const colour = accuracyColor(a, colors);
        const contrast = contrastRatio(hexToRgb(colour), hexToRgb(colors.background));
        expect(contrast).toBeGreaterThanOrEqual(colors.textContrast);
      }
    }
  });

  it('are not green at 10%: red (or orange) at chance, green (or blue) at 97%', () => {
    for (const [setting, colors] of allDisplaySettings()) {
      const poor = accuracyColor(0.1, colors);
      const good = accuracyColor(0.97, colors);
      expect(redOverGreen(poor)).toBeGreaterThan(0);
      if (setting.palette === 'colourblind') {
        const [r, , b] = hexToRgb(good);
        expect(b).toBeGreaterThan(r);
      } else expect(redOverGreen(good)).toBeLessThan(0);
    }
  });
});
