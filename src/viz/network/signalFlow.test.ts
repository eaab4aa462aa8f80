import { describe, expect, it } from 'vitest';
import { backpropSteps } from '../../backprop/steps';
import type { FlowMotion } from './signalFlow';
import {
  MAX_ENDS,
  flowAt,
  flowDuration,
  frontEnds,
  frontSpan,
  stepMotion,
  wholeNetwork,
} from './signalFlow';

const COLUMNS = 4; // 784-16-16-10

/** The progress, sampled finely, at which each column glows brightest. */
function peaks(motion: FlowMotion): number[] {
  const best = Array.from({ length: COLUMNS }, () => ({ at: -1, glow: 0 }));
  for (let i = 0; i <= 1000; i++) {
    flowAt(motion, COLUMNS, i / 1000).glow.forEach((g, c) => {
      if (g > best[c].glow) best[c] = { at: i / 1000, glow: g };
    });
  }
  return best.map((b) => b.at);
}

/** The order in which the fronts first appear on each pair of columns, by the layer they enter. */
function frontOrder(motion: FlowMotion): number[] {
  const seen: number[] = [];
  for (let i = 0; i <= 1000; i++) {
    for (const { layer } of flowAt(motion, COLUMNS, i / 1000).fronts) {
      if (!seen.includes(layer)) seen.push(layer);
    }
  }
  return seen;
}

describe('signal flow timing', () => {
  it('crosses the whole network in 1.2–1.8 s, one pair of columns in under a second', () => {
    const whole = flowDuration(wholeNetwork('forward', COLUMNS));
    expect(whole).toBeGreaterThanOrEqual(1200);
    expect(whole).toBeLessThanOrEqual(1800);
    expect(flowDuration({ direction: 'forward', from: 1, to: 2 })).toBeLessThan(1000);
  });

  it('shows nothing at its start and its end, so the loop can stop on a clean overlay', () => {
    for (const direction of ['forward', 'backward'] as const) {
      for (const progress of [0, 1, 1.5]) {
        const frame = flowAt(wholeNetwork(direction, COLUMNS), COLUMNS, progress);
        expect(frame.glow).toEqual([0, 0, 0, 0]);
        expect(frame.fronts).toEqual([]);
      }
    }
  });

  it('lights the columns in turn, input to output going forward, and back going backward', () => {
    const forward = peaks(wholeNetwork('forward', COLUMNS));
    expect([...forward].sort((a, b) => a - b)).toEqual(forward);
    expect(new Set(forward).size).toBe(COLUMNS);
    const backward = peaks(wholeNetwork('backward', COLUMNS));
    expect([...backward].sort((a, b) => b - a)).toEqual(backward);
    expect(frontOrder(wholeNetwork('forward', COLUMNS))).toEqual([1, 2, 3]);
    expect(frontOrder(wholeNetwork('backward', COLUMNS))).toEqual([3, 2, 1]);
  });

  it('keeps the columns outside the motion dark', () => {
    const motion: FlowMotion = { direction: 'backward', from: 1, to: 2 };
    for (let i = 0; i <= 100; i++) {
      const { glow, fronts } = flowAt(motion, COLUMNS, i / 100);
      expect(glow[0]).toBe(0);
      expect(glow[3]).toBe(0);
      for (const front of fronts) expect(front.layer).toBe(2);
    }
  });

  it('hands the front from one pair of columns to the next as it reaches a column', () => {
    const motion = wholeNetwork('forward', COLUMNS);
    const duration = flowDuration(motion);
    // 0.35 hops of rise, then the front reaches column 1 at one hop: 1.35 hops in.
    const { fronts, glow } = flowAt(motion, COLUMNS, (1.35 * 380) / duration);
    expect(fronts.map((f) => f.layer)).toEqual([1]);
    expect(fronts[0].head).toBeCloseTo(1, 6);
    expect(glow[1]).toBeCloseTo(1, 6);
  });
});

describe('signal flow geometry', () => {
  it('lights a tail behind the head, mirrored going backward, within the edges', () => {
    const rounded = (span: [number, number] | null) => span?.map((f) => +f.toFixed(6));
    expect(rounded(frontSpan('forward', 0.5))).toEqual([0.2, 0.5]);
    expect(rounded(frontSpan('backward', 0.5))).toEqual([0.5, 0.8]);
    expect(rounded(frontSpan('forward', 0.2))).toEqual([0, 0.2]);
    expect(rounded(frontSpan('forward', 1.2))).toEqual([0.9, 1]);
    expect(frontSpan('forward', 0)).toBeNull();
    expect(frontSpan('forward', 1.3)).toBeNull();
  });

  it('joins the input to the front at its lit pixels, at most MAX_ENDS of them', () => {
    const pixels = new Float64Array(784);
    for (let i = 300; i < 500; i++) pixels[i] = 0.9;
    const ends = frontEnds(784, pixels);
    expect(ends.length).toBeLessThanOrEqual(MAX_ENDS);
    expect(ends.length).toBeGreaterThan(MAX_ENDS / 2);
    expect(ends.every((i) => i >= 300 && i < 500)).toBe(true);
    // A blank input, or none known: evenly spread over the column.
    const stride = Math.ceil(784 / MAX_ENDS);
    expect(frontEnds(784, new Float64Array(784)).length).toBe(Math.ceil(784 / stride));
    expect(frontEnds(784, null)[1]).toBe(stride);
    expect(frontEnds(16, null)).toEqual([...Array(16).keys()]);
  });
});

describe('the motion of each backprop step', () => {
  it('runs forward into each layer, then the gradient back, then forward again after the update', () => {
    const steps = backpropSteps(COLUMNS);
    const shown = steps.map((step) => {
      const m = stepMotion(step, COLUMNS - 1);
      return m ? `${step.kind} ${m.direction[0]} ${m.from}-${m.to}` : `${step.kind} -`;
    });
    expect(shown).toEqual([
      'forward f 0-1',
      'forward f 1-2',
      'forward f 2-3',
      'cost -',
      'wants b 3-3',
      'output-delta b 3-3',
      'desires b 2-3',
      'delta b 2-2',
      'desires b 1-2',
      'delta b 1-1',
      'gradient b 0-3',
      'update -',
      'after f 0-3',
    ]);
  });
});
