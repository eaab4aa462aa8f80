import { activationGrey, magnitudeScale } from '../colorScales';
import type { Rgb } from '../contrast';
import { hexToRgb } from '../contrast';
import type { VizColors } from '../palette';
import type { EdgeMode } from '../../vocabulary';
import type { NetworkLayout } from './layout';
import { edgeGain, edgeStroke } from './edgeScale';

/** Edges are batched into this many strength levels per sign: one stroke() per batch. */
const LEVELS = 8;
/** The dash of negative edges in the colour-blind palette, in CSS pixels. */
export const NEGATIVE_DASH = [4, 3];
/** Lines wider than this (CSS px) are stroked one by one: see paintEdges. */
const WIDE_LINE = 1.5;
/** Width of the input column's cells, in CSS pixels. */
export const INPUT_CELL_WIDTH = 10;

export interface EdgeInputs {
  weights: readonly Float64Array[];
  /** Activations of every layer (a[0] is the input), for the contribution mode. */
  a: readonly Float64Array[] | null;
  mode: EdgeMode;
  /** Paint −weights: for a gradient, the direction each weight should move. */
  negate?: boolean;
}

/** Where edges into layer l start and end, in x. */
export function edgeEnds(layout: NetworkLayout, l: number): [number, number] {
  const x0 = layout.x[l - 1] + (l === 1 ? INPUT_CELL_WIDTH / 2 : layout.radius[l - 1]);
  return [x0, layout.x[l] - layout.radius[l]];
}

/** Signed strength of edge k → j of layer l: the weight, or its live contribution w·a. */
export function edgeValues(inputs: EdgeInputs, l: number, nIn: number): Float64Array {
  const W = inputs.weights[l - 1];
  const prev = inputs.mode === 'contribution' ? inputs.a?.[l - 1] : undefined;
  if (!prev && !inputs.negate) return W;
  const sign = inputs.negate ? -1 : 1;
  const out = new Float64Array(W.length);
  for (let i = 0; i < W.length; i++) out[i] = sign * W[i] * (prev ? prev[i % nIn] : 1);
  return out;
}

export type EdgeColors = Pick<
  VizColors,
  'positive' | 'negative' | 'dashNegative' | 'lineScale' | 'edgeAlpha'
>;

/** Edges of one sign and strength level: stroked together, as canvas lines or one SVG path. */
export interface EdgeBatch {
  rgb: Rgb;
  alpha: number;
  width: number;
  dash: readonly number[];
  /** x0, y0, x1, y1 of each edge, in CSS pixels of the layout. */
  segments: number[];
}

/**
 * All edges (12,960 for 784-16-16-10) in batches, blue for positive and red (or dashed orange)
 * for negative, width and opacity by |value| relative to the layer-pair's spread. Faint batches
 * come before strong ones, alternating sign, so the strongest edges of either sign end on top.
 */
export function edgeBatches(
  layout: NetworkLayout,
  inputs: EdgeInputs,
  colors: EdgeColors,
): EdgeBatch[] {
  // Weights of another architecture (a rebuild in flight) have nothing to draw here.
  if (inputs.weights.length !== layout.x.length - 1) return [];
  const signs = [hexToRgb(colors.positive), hexToRgb(colors.negative)];
  const dashes = [[], colors.dashNegative ? NEGATIVE_DASH : []];
  const batches: EdgeBatch[] = [];
  for (let l = 1; l < layout.x.length; l++) {
    const nIn = layout.y[l - 1].length;
    const gain = edgeGain(nIn, colors.lineScale, colors.edgeAlpha);
    const values = edgeValues(inputs, l, nIn);
    const scale = magnitudeScale(values);
    const [x0, x1] = edgeEnds(layout, l);
    const segments = Array.from({ length: 2 * LEVELS }, (): number[] => []);
    for (let i = 0; i < values.length; i++) {
      const t = Math.min(1, Math.abs(values[i]) / scale);
      const level = Math.min(LEVELS - 1, Math.floor(t * LEVELS));
      // Level first, then sign: the painting order.
      segments[2 * level + (values[i] >= 0 ? 0 : 1)].push(
        x0,
        layout.y[l - 1][i % nIn],
        x1,
        layout.y[l][Math.floor(i / nIn)],
      );
    }
    segments.forEach((segs, b) => {
      if (segs.length === 0) return;
      const { width, alpha } = edgeStroke((Math.floor(b / 2) + 1) / LEVELS, gain);
      batches.push({ rgb: signs[b % 2], alpha, width, dash: dashes[b % 2], segments: segs });
    });
  }
  return batches;
}

/** Paints every edge batch onto the edge canvas: a few dozen stroke() calls. */
export function paintEdges(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  layout: NetworkLayout,
  inputs: EdgeInputs,
  colors: EdgeColors,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  for (const { rgb, alpha, width, dash, segments } of edgeBatches(layout, inputs, colors)) {
    ctx.lineWidth = width;
    ctx.strokeStyle = `rgba(${rgb.join(',')},${alpha.toFixed(3)})`;
    ctx.setLineDash(dash as number[]);
    // Thin lines go in one path. A wide stroke of one path is outlined as a whole, overlaps
    // and all, which costs far more without a GPU than stroking its few hundred lines singly.
    const single = width > WIDE_LINE;
    let path = new Path2D();
    for (let i = 0; i < segments.length; i += 4) {
      path.moveTo(segments[i], segments[i + 1]);
      path.lineTo(segments[i + 2], segments[i + 3]);
      if (single) {
        ctx.stroke(path);
        path = new Path2D();
      }
    }
    if (!single) ctx.stroke(path);
  }
  ctx.setLineDash([]);
}

/** The horizontal strip of the view the input column and its frame take, in CSS pixels. */
export function inputColumnStrip(layout: NetworkLayout): { left: number; width: number } {
  const left = Math.floor(layout.x[0] - INPUT_CELL_WIDTH / 2 - 1);
  return { left, width: INPUT_CELL_WIDTH + 3 };
}

/**
 * The 784 input neurons as a column of thin grey cells, brightest where the ink is. Drawn in
 * the view's coordinates: a canvas covering only the column's strip (inputColumnStrip) is
 * shifted to it.
 */
export function paintInputColumn(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  input: Float64Array | null,
  frameColor: string,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  const ys = layout.y[0];
  const h = Math.max(1, layout.radius[0] * 2);
  const x = layout.x[0] - INPUT_CELL_WIDTH / 2;
  for (let k = 0; k < ys.length; k++) {
    const g = input ? activationGrey(input[k]) : 0;
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(x, ys[k] - h / 2, INPUT_CELL_WIDTH, h);
  }
  ctx.strokeStyle = frameColor;
  ctx.strokeRect(x, ys[0] - h / 2, INPUT_CELL_WIDTH, ys[ys.length - 1] - ys[0] + h);
}
