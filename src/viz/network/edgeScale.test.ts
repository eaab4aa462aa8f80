import { describe, expect, it } from 'vitest';
import { DENSE_INPUTS, edgeGain, edgeStroke } from './edgeScale';

describe('edge strength scale', () => {
  const fan = edgeGain(784, 1, 0.85);
  const hidden = edgeGain(16, 1, 0.85);

  it('widens (hidden pairs) and darkens (every pair) edges as |value| grows', () => {
    expect(edgeStroke(1, hidden).width).toBeGreaterThan(edgeStroke(0.5, hidden).width);
    for (const gain of [fan, hidden]) {
      const strokes = [0, 0.25, 0.5, 0.75, 1].map((t) => edgeStroke(t, gain));
      for (let i = 1; i < strokes.length; i++) {
        expect(strokes[i].width).toBeGreaterThanOrEqual(strokes[i - 1].width);
        expect(strokes[i].alpha).toBeGreaterThan(strokes[i - 1].alpha);
      }
    }
  });

  it('draws the strongest hidden edges 4 px wide at the palette opacity, the weakest 0.6 px', () => {
    expect(edgeStroke(1, hidden)).toEqual({ width: 4, alpha: 0.85 });
    expect(edgeStroke(0, hidden)).toEqual({ width: 0.6, alpha: 0.12 });
    // Halfway: width linear (0.6 + 3.4/2), opacity as t^1.5 (0.12 + 0.73 · 0.3536).
    const half = edgeStroke(0.5, hidden);
    expect(half.width).toBeCloseTo(2.3, 10);
    expect(half.alpha).toBeCloseTo(0.12 + 0.73 * Math.SQRT1_2 * 0.5, 10);
  });

  it('keeps the 784-input fan thin and translucent so it cannot become a wall', () => {
    expect(edgeStroke(1, fan).width).toBe(1);
    expect(edgeStroke(1, fan).alpha).toBeCloseTo(0.4 * 0.85, 10);
    expect(edgeStroke(0, fan).alpha).toBe(0.02);
    // The boundary: a pair with exactly DENSE_INPUTS inputs is still drawn as a sparse one.
    expect(edgeGain(DENSE_INPUTS, 1, 1).maxWidth).toBe(4);
    expect(edgeGain(DENSE_INPUTS + 1, 1, 1).maxWidth).toBe(1);
  });

  it('draws edges thicker on a projector by √2, so 16→16 edges do not merge into a sheet', () => {
    expect(edgeGain(16, 2, 1).maxWidth).toBeCloseTo(4 * Math.SQRT2, 10);
    expect(edgeGain(16, 2, 1).minWidth).toBeCloseTo(0.6 * Math.SQRT2, 10);
    expect(edgeGain(784, 2, 1).maxWidth).toBeCloseTo(Math.SQRT2, 10);
  });

  it('clamps t outside [0, 1] and treats a non-finite t as zero', () => {
    expect(edgeStroke(7, hidden)).toEqual(edgeStroke(1, hidden));
    expect(edgeStroke(-1, hidden)).toEqual(edgeStroke(0, hidden));
    expect(edgeStroke(Number.NaN, hidden)).toEqual(edgeStroke(0, hidden));
  });
});
