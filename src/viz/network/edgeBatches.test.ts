import { describe, expect, it } from 'vitest';
import { vizColors } from '../palette';
import { layoutNetwork } from './layout';
import { edgeBatches } from './paintEdges';
import { edgeGain, edgeStroke } from './edgeScale';
import { valueLabel } from './neuronsSvg';

const colors = vizColors({ theme: 'dark', palette: 'standard', projector: false });

describe('edge batches', () => {
  // A 2-2 network: weights of neuron 0 are (3, −3), of neuron 1 (0.3, 0). RMS = √(18.09/4).
  const layout = layoutNetwork([2, 2], 400, 300);
  const weights = [Float64Array.from([3, -3, 0.3, 0])];
  const scale = 2.5 * Math.sqrt((9 + 9 + 0.09) / 4);

  it('puts each edge in the batch of its sign and strength, strongest last', () => {
    const batches = edgeBatches(layout, { weights, a: null, mode: 'weight' }, colors);
    const gain = edgeGain(2, 1, colors.edgeAlpha);
    // t = 3 / 5.32 = 0.564 → level 4 of 8; t = 0.3 / 5.32 → level 0; 0 → level 0, positive.
    const level = (w: number) => Math.floor((Math.abs(w) / scale) * 8);
    expect(level(3)).toBe(4);
    expect(batches.map((b) => [b.rgb === batches[0].rgb, b.segments.length / 4])).toEqual([
      [true, 2],
      [true, 1],
      [false, 1],
    ]);
    expect(batches[0].width).toBe(edgeStroke(1 / 8, gain).width);
    expect(batches[2].width).toBe(edgeStroke(5 / 8, gain).width);
    expect(batches[2].alpha).toBe(edgeStroke(5 / 8, gain).alpha);
    expect(batches[2].width).toBeGreaterThan(2 * batches[0].width);
  });

  it('scales the signal w·a by its own spread: a silent input draws its edges faintest', () => {
    const a = [Float64Array.from([1, 0]), Float64Array.from([0, 0])];
    const batches = edgeBatches(layout, { weights, a, mode: 'contribution' }, colors);
    const strongest = batches[batches.length - 1];
    // w·a = (3, 0, 0.3, 0): 3 alone is the top edge, drawn from input 0.
    expect(strongest.segments.length).toBe(4);
    expect(strongest.segments[1]).toBe(layout.y[0][0]);
    expect(strongest.alpha).toBeGreaterThan(0.5);
  });

  it('draws nothing for weights of another architecture', () => {
    expect(edgeBatches(layout, { weights: [], a: null, mode: 'weight' }, colors)).toEqual([]);
  });
});

describe('output value labels', () => {
  it('never writes a non-zero gradient as 0, and uses a minus sign', () => {
    expect(valueLabel('dCdz', 0.0012)).toBe('+0.0012');
    expect(valueLabel('dCdz', -0.000034)).toBe('−3.4×10⁻⁵');
    expect(valueLabel('dCda', -0.146)).toBe('−0.15');
    expect(valueLabel('dCdz', 0)).toBe('0');
    expect(valueLabel('a', 0.866)).toBe('0.87');
    expect(valueLabel('unknown', 1)).toBe('');
  });
});
