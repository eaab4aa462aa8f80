import { describe, expect, it } from 'vitest';
import { COLORS } from '../config';
import {
  CLASSES,
  cellFill,
  cellIndices,
  cellIntensity,
  confusionCounts,
  diagonalSum,
  recall,
  rowShare,
  rowTotal,
  worstMistakes,
} from './confusion';
import { contrastRatio, hexToRgb, inkOn } from './contrast';
import { allDisplaySettings, vizColors } from './palette';

//                       index: 0  1  2  3  4  5  6  7  8
const labels = Uint8Array.from([7, 7, 7, 2, 2, 7, 0, 7, 2]);
const guesses = Uint8Array.from([7, 2, 7, 2, 7, 2, 0, 1, 2]);
const confidence = Float32Array.from([0.9, 0.6, 0.5, 0.8, 0.95, 0.6, 0.99, 0.3, 0.7]);

describe('confusionCounts', () => {
  const counts = confusionCounts(labels, guesses);

  it('counts each (true label, guess) pair in row t, column g', () => {
    expect(counts[7 * CLASSES + 7]).toBe(2);
    expect(counts[7 * CLASSES + 2]).toBe(2);
    expect(counts[7 * CLASSES + 1]).toBe(1);
    expect(counts[2 * CLASSES + 2]).toBe(2);
    expect(counts[2 * CLASSES + 7]).toBe(1);
    expect(counts[0]).toBe(1);
    // Rows are true labels: "2 read as 7" is not "7 read as 2".
    expect(counts[2 * CLASSES + 7]).not.toBe(counts[7 * CLASSES + 2]);
  });

  it('sums to the number of digits, with the correct ones on the diagonal', () => {
    expect(counts.reduce((a, b) => a + b, 0)).toBe(labels.length);
    expect(diagonalSum(counts)).toBe(5);
  });

  it('gives row totals, shares and recall per true label', () => {
    expect(rowTotal(counts, 7)).toBe(5);
    expect(rowShare(counts, 7, 2)).toBeCloseTo(2 / 5, 12);
    expect(recall(counts, 7)).toBeCloseTo(2 / 5, 12);
    expect(recall(counts, 2)).toBeCloseTo(2 / 3, 12);
    expect(recall(counts, 0)).toBe(1);
    expect(recall(counts, 4)).toBeNull();
  });

  it('scores only digits that have both a label and a guess', () => {
    expect(diagonalSum(confusionCounts(labels, guesses.subarray(0, 3)))).toBe(2);
    expect(confusionCounts(labels.subarray(0, 2), guesses).reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('worstMistakes', () => {
  it('lists only wrong answers, most confident first, ties by index', () => {
    expect(worstMistakes(labels, guesses, confidence)).toEqual([4, 1, 5, 7]);
  });

  it('is empty for a perfect network', () => {
    expect(worstMistakes(labels, labels, confidence)).toEqual([]);
  });
});

describe('cellIndices', () => {
  it('lists a mistake cell most confident first', () => {
    expect(cellIndices(labels, guesses, confidence, 7, 2)).toEqual([1, 5]);
    expect(cellIndices(labels, guesses, confidence, 2, 7)).toEqual([4]);
  });

  it('lists a diagonal cell least confident (nearest miss) first', () => {
    expect(cellIndices(labels, guesses, confidence, 7, 7)).toEqual([2, 0]);
  });

  it('has as many digits as the cell counts', () => {
    const counts = confusionCounts(labels, guesses);
    for (let t = 0; t < CLASSES; t++)
      for (let g = 0; g < CLASSES; g++)
        expect(cellIndices(labels, guesses, confidence, t, g)).toHaveLength(
          counts[t * CLASSES + g],
        );
  });
});

describe('cell colours', () => {
  const dark = vizColors({ theme: 'dark', palette: 'standard', projector: false });

  it('leaves an empty cell dark and saturates a full diagonal in the accuracy green', () => {
    expect(cellFill(0, false, dark)).toBe(COLORS.background);
    expect(cellFill(null, true, dark)).toBe(COLORS.background);
    expect(cellFill(1, true, dark)).toBe(COLORS.z);
  });

  it('stretches rare errors so that a 1% mistake is still visible', () => {
    expect(cellIntensity(0.01, false)).toBeGreaterThan(0.25);
    expect(cellIntensity(0.01, false)).toBeLessThan(cellIntensity(0.04, false));
    expect(cellIntensity(0.5, false)).toBe(1);
    expect(cellFill(0.5, false, dark)).toBe(COLORS.cost);
  });

  it('writes dark ink on bright fills and light ink on dark ones', () => {
    expect(inkOn(COLORS.z, dark)).toBe(COLORS.background);
    expect(inkOn(COLORS.background, dark)).toBe(COLORS.text);
    expect(inkOn(cellFill(0.02, false, dark), dark)).toBe(COLORS.text);
  });

  it("keeps every cell's number at the theme's text contrast, 7:1 on a projector", () => {
    for (const [settings, colors] of allDisplaySettings()) {
      for (let share = 0; share <= 1; share += 0.01) {
        for (const diagonal of [true, false]) {
          const fill = cellFill(share, diagonal, colors);
          const ratio = contrastRatio(hexToRgb(fill), hexToRgb(inkOn(fill, colors)));
          expect({ settings, share, ok: ratio >= colors.textContrast }).toEqual({
            settings,
            share,
            ok: true,
          });
        }
      }
    }
    // A projector still shows more errors as a stronger colour.
    const projector = vizColors({ theme: 'dark', palette: 'standard', projector: true });
    expect(cellFill(0.001, false, projector)).not.toBe(cellFill(0.5, false, projector));
  });
});
