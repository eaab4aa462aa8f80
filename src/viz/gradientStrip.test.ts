import { describe, expect, it } from 'vitest';
import { layoutStrip, stripCellAt } from './gradientStrip';

describe('the gradient strip', () => {
  const layout = layoutStrip([784, 16, 16, 10], 1800);

  it('has a cell for each of the 13,002 parameters of 784-16-16-10', () => {
    const cells = layout.blocks.reduce((s, b) => s + b.rows * (b.inputs + 1), 0);
    expect(cells).toBe(13_002);
    expect(layout.width).toBeLessThanOrEqual(1800);
  });

  it('finds the parameter under the pointer, the bias in the last column', () => {
    const [first, second] = layout.blocks;
    const h = layout.cellHeight;
    expect(stripCellAt(layout, first.x + 3.5 * first.cellWidth, 2.5 * h)).toEqual({
      layer: 1,
      j: 2,
      k: 3,
    });
    expect(stripCellAt(layout, second.x + 16.5 * second.cellWidth, 0.5 * h)).toEqual({
      layer: 2,
      j: 0,
      k: 16,
    });
    expect(stripCellAt(layout, second.x - 5, 0.5 * h)).toBeNull();
    expect(stripCellAt(layout, layout.blocks[2].x + 1, 12.5 * h)).toBeNull();
  });
});
