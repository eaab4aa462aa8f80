import type { EdgeId, NeuronId } from '../../vocabulary';
import { magnitudeScale } from '../colorScales';
import type { Rgb } from '../contrast';
import { hexToRgb } from '../contrast';
import type { VizColors } from '../palette';
import type { EdgeInputs } from './paintEdges';
import { INPUT_CELL_WIDTH, NEGATIVE_DASH, edgeEnds, edgeValues } from './paintEdges';
import type { NetworkLayout } from './layout';
import type { EdgeStroke } from './edgeScale';
import { edgeGain, edgeStroke } from './edgeScale';

const DIM_ALPHA = 0.72;
const BAND_DIM_ALPHA = 0.6;

function dim(
  ctx: CanvasRenderingContext2D,
  x: number,
  width: number,
  height: number,
  alpha: number,
  colors: VizColors,
) {
  if (width <= 0) return;
  ctx.globalAlpha = alpha;
  ctx.fillStyle = colors.background;
  ctx.fillRect(x, 0, width, height);
  ctx.globalAlpha = 1;
}

/** Dims the columns outside [from, to] so the layer in play stands out. */
function dimOutside(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  band: readonly [number, number],
  colors: VizColors,
) {
  const pad = (l: number) => (l === 0 ? INPUT_CELL_WIDTH : layout.radius[l] + 12);
  const left = layout.x[band[0]] - pad(band[0]);
  const right = layout.x[band[1]] + pad(band[1]);
  const last = layout.x.length - 1;
  dim(ctx, 0, left, layout.height, BAND_DIM_ALPHA, colors);
  if (band[1] < last) {
    dim(ctx, right, layout.width - right, layout.height, BAND_DIM_ALPHA, colors);
  }
}

/** How edges of each sign are stroked: colour channels and dash, worked out once per palette. */
interface EdgeInk {
  positive: Rgb;
  negative: Rgb;
  negativeDash: number[];
}

const NO_DASH: number[] = [];
const inks = new WeakMap<VizColors, EdgeInk>();

function edgeInk(colors: VizColors): EdgeInk {
  let ink = inks.get(colors);
  if (!ink) {
    ink = {
      positive: hexToRgb(colors.positive),
      negative: hexToRgb(colors.negative),
      negativeDash: colors.dashNegative ? NEGATIVE_DASH.map((d) => d * 1.5) : NO_DASH,
    };
    inks.set(colors, ink);
  }
  return ink;
}

/**
 * One edge in its sign's colour (negative ones dashed in the colour-blind palette). The caller
 * clears the dash when it is done.
 */
function strokeEdge(
  ctx: CanvasRenderingContext2D,
  value: number,
  { width, alpha }: EdgeStroke,
  from: readonly [number, number],
  to: readonly [number, number],
  ink: EdgeInk,
) {
  const [r, g, b] = value >= 0 ? ink.positive : ink.negative;
  ctx.lineWidth = width;
  ctx.strokeStyle = `rgba(${r},${g},${b},${alpha.toFixed(3)})`;
  ctx.setLineDash(value < 0 ? ink.negativeDash : NO_DASH);
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0], to[1]);
  ctx.stroke();
}

/** The focused neuron's incoming edges, bright over everything else dimmed. */
function paintIncoming(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  inputs: EdgeInputs,
  neuron: NeuronId,
  colors: VizColors,
) {
  dim(ctx, 0, layout.width, layout.height, DIM_ALPHA, colors);
  const { layer: l, index: j } = neuron;
  const nIn = layout.y[l - 1].length;
  const values = edgeValues(inputs, l, nIn);
  const row = values.subarray(j * nIn, (j + 1) * nIn);
  // The layer's scale and widths, as in the edge layer beneath, so an edge keeps its width when
  // picked out; every picked edge at the full opacity, so each keeps its colour's contrast
  // (the room is dimmed around them, and one neuron's edges no longer crowd).
  const scale = magnitudeScale(values);
  const gain = {
    ...edgeGain(nIn, colors.lineScale, colors.edgeAlpha),
    minAlpha: colors.edgeAlpha,
    maxAlpha: colors.edgeAlpha,
  };
  const [x0, x1] = edgeEnds(layout, l);
  const ink = edgeInk(colors);
  for (let k = 0; k < nIn; k++) {
    const stroke = edgeStroke(Math.abs(row[k]) / scale, gain);
    strokeEdge(ctx, row[k], stroke, [x0, layout.y[l - 1][k]], [x1, layout.y[l][j]], ink);
  }
  ctx.setLineDash(NO_DASH);
}

/** One edge picked out: a gold halo under its own colour. */
function paintEdge(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  inputs: EdgeInputs,
  e: EdgeId,
  colors: VizColors,
) {
  const nIn = layout.y[e.layer - 1].length;
  const value = edgeValues(inputs, e.layer, nIn)[e.j * nIn + e.k];
  const [x0, x1] = edgeEnds(layout, e.layer);
  const from = [x0, layout.y[e.layer - 1][e.k]] as const;
  const to = [x1, layout.y[e.layer][e.j]] as const;
  ctx.lineWidth = 7 * colors.lineScale;
  ctx.strokeStyle = colors.y;
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0], to[1]);
  ctx.stroke();
  strokeEdge(ctx, value, { width: 3 * colors.lineScale, alpha: 1 }, from, to, edgeInk(colors));
  ctx.setLineDash(NO_DASH);
}

/** Focus canvases known to be clear. */
const blank = new WeakSet<CanvasRenderingContext2D>();

export interface FocusPaint {
  inputs: EdgeInputs;
  band: readonly [number, number] | null;
  neuron: NeuronId | null;
  edge: EdgeId | null;
}

/**
 * The focus layer over the edges: the layer in play, the focused neuron's incoming edges and
 * a picked edge. Only this canvas repaints when the pointer moves, never the 12,960 edges.
 */
export function paintHighlight(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  focus: FocusPaint,
  colors: VizColors,
): void {
  // A focus kept from another architecture may name a layer or neuron this one lacks.
  const valid = (l: number, j: number) => l >= 1 && l < layout.x.length && j < layout.y[l].length;
  const neuron = focus.neuron && valid(focus.neuron.layer, focus.neuron.index) && focus.neuron;
  const edge = focus.edge && valid(focus.edge.layer, focus.edge.j) && focus.edge;
  const empty = !focus.band && !neuron && !edge;
  // Mostly nothing is focused while training streams: clearing a clear canvas at every snapshot
  // would still hand the compositor a new full-size layer.
  if (empty && blank.has(ctx)) return;
  ctx.clearRect(0, 0, layout.width, layout.height);
  if (empty) blank.add(ctx);
  else blank.delete(ctx);
  if (focus.band) dimOutside(ctx, layout, focus.band, colors);
  if (neuron) paintIncoming(ctx, layout, focus.inputs, neuron, colors);
  if (edge) paintEdge(ctx, layout, focus.inputs, edge, colors);
}
