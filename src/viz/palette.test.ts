import { hsl } from 'd3';
import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb } from './contrast';
import { allDisplaySettings, vizColors } from './palette';

/** Everything read as text or as a key mark (edges, symbols, arrows). */
const KEY_COLOURS = [
  'text',
  'muted',
  'weight',
  'bias',
  'z',
  'y',
  'cost',
  'positive',
  'negative',
  'raise',
  'lower',
] as const;

const ratio = (a: string, b: string) => contrastRatio(hexToRgb(a), hexToRgb(b));

describe('display palettes', () => {
  const projector = allDisplaySettings().filter(([s]) => s.projector);

  it('covers both themes and both palettes in projector mode', () => {
    expect(projector.map(([s]) => `${s.theme}/${s.palette}`).sort()).toEqual([
      'dark/colourblind',
      'dark/standard',
      'light/colourblind',
      'light/standard',
    ]);
  });

  it.each(projector)('reaches 7:1 for text and key colours in projector mode: %o', (_, c) => {
    for (const surface of [c.background, c.panel, c.control]) {
      for (const key of KEY_COLOURS) {
        expect({ key, surface, ratio: ratio(c[key], surface) }).toEqual({
          key,
          surface,
          ratio: expect.toSatisfy((r: number) => r >= 7),
        });
      }
    }
    // A pressed button: dark text on the weight colour, or white on its dark shade.
    expect(ratio(c.onAccent, c.weight)).toBeGreaterThanOrEqual(7);
  });

  it('tells weight sign by a second cue only in the colour-blind palette', () => {
    for (const [s, c] of allDisplaySettings()) {
      expect(c.dashNegative).toBe(s.palette === 'colourblind');
      expect(c.positive).not.toBe(c.negative);
    }
  });

  it('gives each colour of the network figure one meaning: sign and nudge hues differ', () => {
    // Edges: positive, negative; neurons on the backward steps: raise, lower. In one figure.
    const hueGap = (a: string, b: string) => {
      const d = Math.abs(hsl(a).h - hsl(b).h) % 360;
      return Math.min(d, 360 - d);
    };
    for (const [s, c] of allDisplaySettings()) {
      const marks = [c.positive, c.negative, c.raise, c.lower];
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          expect({ s, pair: [marks[i], marks[j]], gap: hueGap(marks[i], marks[j]) }).toEqual({
            s,
            pair: [marks[i], marks[j]],
            gap: expect.toSatisfy((g: number) => g >= 20),
          });
        }
      }
    }
  });

  it('keeps the same object for the same settings, so painters can compare by identity', () => {
    const a = vizColors({ theme: 'light', palette: 'colourblind', projector: true });
    const b = vizColors({ theme: 'light', palette: 'colourblind', projector: true });
    expect(a).toBe(b);
    expect(vizColors({ theme: 'dark', palette: 'standard', projector: false }).lineScale).toBe(1);
  });
});
