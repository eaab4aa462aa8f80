import { interpolateRgb, rgb } from 'd3';
import { contrastRatio, hexToRgb } from './contrast';
import type { VizColors } from './palette';

/** Accuracy at or below this is drawn in the scale's poorest colour (chance is 10%). */
export const POOR_ACCURACY = 0.5;
/** Accuracy at or above this is drawn in its best colour (the shipped networks reach 95–97%). */
export const GOOD_ACCURACY = 0.97;

/** Where `accuracy` lies on the scale, 0 (poor) to 1 (good). */
export function accuracyGrade(accuracy: number): number {
  const t = (accuracy - POOR_ACCURACY) / (GOOD_ACCURACY - POOR_ACCURACY);
  return Math.min(1, Math.max(0, t));
}

/**
 * The text colour ('#rrggbb') of an accuracy: the cost's red through the output's gold to z's
 * green, or, in the colour-blind palette, orange through grey to blue (never red against
 * green). A mix that would not reach the theme's text contrast on its background is moved
 * towards the text colour until it does.
 */
export function accuracyColor(accuracy: number, colors: VizColors): string {
  const [poor, middle, good] = colors.dashNegative
    ? [colors.negative, colors.muted, colors.positive]
    : [colors.cost, colors.y, colors.z];
  const t = accuracyGrade(accuracy);
  const hue =
    t < 0.5 ? interpolateRgb(poor, middle)(t * 2) : interpolateRgb(middle, good)(t * 2 - 1);
  const toText = interpolateRgb(hue, colors.text);
  const background = hexToRgb(colors.background);
  for (let u = 0; u < 1; u += 0.05) {
    const colour = rgb(toText(u)).formatHex();
    if (contrastRatio(hexToRgb(colour), background) >= colors.textContrast) return colour;
  }
  return colors.text;
}
