import type { SignColors } from './colorScales';
import { magnitudeScale, paintSigned } from './colorScales';

/** One layer's block of the strip: a row per neuron, its incoming weights then its bias. */
export interface StripBlock {
  layer: number;
  rows: number;
  /** Inputs per row; the bias is one more column. */
  inputs: number;
  x: number;
  cellWidth: number;
}

export interface StripLayout {
  blocks: StripBlock[];
  cellHeight: number;
  width: number;
  height: number;
}

const GAP = 18;

/**
 * Lays the gradient out as one block per layer, side by side: all 13,002 cells of
 * 784-16-16-10 in one view. The first layer's 785 columns get what width is left over.
 */
export function layoutStrip(sizes: readonly number[], width: number, cellHeight = 7): StripLayout {
  const later = sizes.slice(2).map((_, i) => sizes[i + 1] + 1);
  const laterCell = 6;
  const laterWidth = later.reduce((s, cols) => s + cols * laterCell + GAP, 0);
  const firstCell = Math.max(0.5, Math.floor(((width - laterWidth) / (sizes[0] + 1)) * 4) / 4);
  let x = 0;
  const blocks = sizes.slice(1).map((rows, i) => {
    const cellWidth = i === 0 ? firstCell : laterCell;
    const block = { layer: i + 1, rows, inputs: sizes[i], x, cellWidth };
    x += (sizes[i] + 1) * cellWidth + GAP;
    return block;
  });
  const height = Math.max(...sizes.slice(1)) * cellHeight;
  return { blocks, cellHeight, width: x - GAP, height };
}

/** The parameter under (x, y): a weight (k < inputs) or the bias (k = inputs) of neuron j. */
export function stripCellAt(
  layout: StripLayout,
  x: number,
  y: number,
): { layer: number; j: number; k: number } | null {
  for (const b of layout.blocks) {
    const k = Math.floor((x - b.x) / b.cellWidth);
    const j = Math.floor(y / layout.cellHeight);
    if (k >= 0 && k <= b.inputs && j >= 0 && j < b.rows) return { layer: b.layer, j, k };
  }
  return null;
}

/** Paints −∇C, each layer on its own scale (the first layer's gradients are far smaller). */
export function paintStrip(
  ctx: CanvasRenderingContext2D,
  layout: StripLayout,
  dCdW: readonly Float64Array[],
  dCdb: readonly Float64Array[],
  colors: SignColors,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  for (const b of layout.blocks) {
    const cols = b.inputs + 1;
    const values = new Float64Array(b.rows * cols);
    for (let j = 0; j < b.rows; j++) {
      for (let k = 0; k < b.inputs; k++)
        values[j * cols + k] = -dCdW[b.layer - 1][j * b.inputs + k];
      values[j * cols + b.inputs] = -dCdb[b.layer - 1][j];
    }
    const image = new ImageData(cols, b.rows);
    paintSigned(values, magnitudeScale(values), image.data, colors);
    const cells = new OffscreenCanvas(cols, b.rows);
    cells.getContext('2d')?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(cells, b.x, 0, cols * b.cellWidth, b.rows * layout.cellHeight);
  }
}
