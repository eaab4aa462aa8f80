/** WCAG 2.x contrast between colours, for choosing and checking the palettes. */
import { interpolateRgb, rgb } from 'd3';
import type { VizColors } from './palette';

export type Rgb = readonly [number, number, number];

/** '#rrggbb' as 0-255 channels. */
export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance of an sRGB colour (0 black, 1 white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio, 1 (same luminance) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The text colour (the theme's text or its background) that reads best on the fill '#rrggbb'. */
export function inkOn(fill: string, colors: Pick<VizColors, 'text' | 'background'>): string {
  const f = hexToRgb(fill);
  return contrastRatio(f, hexToRgb(colors.text)) >= contrastRatio(f, hexToRgb(colors.background))
    ? colors.text
    : colors.background;
}

type InkColors = Pick<VizColors, 'text' | 'background' | 'textContrast'>;

/** A cell's fill ('#rrggbb') and the ink its digits are written in. */
export interface CellPaint {
  fill: string;
  ink: string;
}

/**
 * The colour t of the way from `from` to `to` ('#rrggbb') with its better ink, or, if neither
 * ink reaches the theme's text contrast on it, the nearest mix on which one does: cells that
 * carry digits skip the band of mid-tones where no ink is readable (wider on a projector).
 */
export function readablePaint(from: string, to: string, t: number, colors: InkColors): CellPaint {
  const mix = interpolateRgb(from, to);
  const paintAt = (u: number): CellPaint => {
    const fill = rgb(mix(u)).formatHex();
    return { fill, ink: inkOn(fill, colors) };
  };
  const readable = ({ fill, ink }: CellPaint) =>
    contrastRatio(hexToRgb(fill), hexToRgb(ink)) >= colors.textContrast;
  const wanted = Math.min(1, Math.max(0, t));
  for (let d = 0; d <= 1; d += 0.01) {
    for (const u of [wanted - d, wanted + d]) {
      if (u < 0 || u > 1) continue;
      const paint = paintAt(u);
      if (readable(paint)) return paint;
    }
  }
  return paintAt(wanted);
}
