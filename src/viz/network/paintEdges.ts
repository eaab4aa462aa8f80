import { activationGrey, magnitudeScale } from '../colorScales';
import { hexToRgb } from '../contrast';
import type { VizColors } from '../palette';
import type { EdgeMode } from '../../vocabulary';
import type { NetworkLayout } from './layout';

/** Edges are batched into this many opacity levels per sign: one stroke() per batch. */
const LEVELS = 8;
const MIN_ALPHA = 0.035;
/** The dash of negative edges in the colour-blind palette, in CSS pixels. */
export const NEGATIVE_DASH = [4, 3];
/** A layer with more inputs than this has too many edges to draw thicker. */
const DENSE_INPUTS = 100;
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

/**
 * Paints all edges (12,960 for 784-16-16-10), blue for positive and red (or dashed orange) for
 * negative, opacity by magnitude. Batching by colour and opacity keeps it to a few dozen
 * stroke() calls.
 */
export function paintEdges(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  layout: NetworkLayout,
  inputs: EdgeInputs,
  colors: EdgeColors,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  // Weights of another architecture (a rebuild in flight) have nothing to draw here.
  if (inputs.weights.length !== layout.x.length - 1) return;
  const signs = [
    [0, hexToRgb(colors.positive), []],
    [LEVELS, hexToRgb(colors.negative), colors.dashNegative ? NEGATIVE_DASH : []],
  ] as const;
  for (let l = 1; l < layout.x.length; l++) {
    const nIn = layout.y[l - 1].length;
    // Thicker in projector mode, but not doubled, and not for the input's thousands of edges:
    // they would merge into a sheet.
    ctx.lineWidth = nIn > DENSE_INPUTS ? 1 : (1 + colors.lineScale) / 2;
    const values = edgeValues(inputs, l, nIn);
    const scale = magnitudeScale(values);
    const [x0, x1] = edgeEnds(layout, l);
    const paths = Array.from({ length: 2 * LEVELS }, () => new Path2D());
    for (let i = 0; i < values.length; i++) {
      const t = Math.min(1, Math.abs(values[i]) / scale);
      const bucket = (values[i] >= 0 ? 0 : LEVELS) + Math.min(LEVELS - 1, Math.floor(t * LEVELS));
      const path = paths[bucket];
      path.moveTo(x0, layout.y[l - 1][i % nIn]);
      path.lineTo(x1, layout.y[l][Math.floor(i / nIn)]);
    }
    // Faint before strong, alternating sign, so the strongest edges of either sign end on top.
    for (let level = 0; level < LEVELS; level++) {
      const alpha = MIN_ALPHA + (colors.edgeAlpha - MIN_ALPHA) * ((level + 1) / LEVELS) ** 2;
      for (const [offset, [r, g, b], dash] of signs) {
        ctx.strokeStyle = `rgba(${r},${g},${b},${alpha.toFixed(3)})`;
        ctx.setLineDash(dash);
        ctx.stroke(paths[offset + level]);
      }
    }
  }
}

/** The 784 input neurons as a column of thin grey cells, brightest where the ink is. */
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
