import type { BackpropStep } from '../../backprop/steps';
import type { Motion } from '../../lessons/lessonTypes';
import { maxAbs } from '../colorScales';
import { hexToRgb, relativeLuminance } from '../contrast';
import type { VizColors } from '../palette';
import type { NetworkLayout } from './layout';
import { INPUT_CELL_WIDTH, edgeEnds } from './paintEdges';

/**
 * 3Blue1Brown's motion on the network: a signal crossing it, column by column. Forward, each
 * column lights up in turn and a bright front runs along the edges to the next; backward, a
 * pulse in the gradient colours runs from the output back towards the input. Drawn on its own
 * overlay, frame by frame, so the 12,960 edges beneath are never repainted.
 */

/** The columns a motion crosses, input = 0, and which way. */
export interface FlowMotion {
  direction: Motion;
  /** Leftmost and rightmost column, from ≤ to; from = to lights one column alone. */
  from: number;
  to: number;
}

/** One hop, the front crossing the edges between two columns, in milliseconds. */
export const HOP_MS = 380;
/** A column lights up over this many hops before the front arrives, and fades over FADE after. */
const RISE = 0.35;
const FADE = 0.9;
/** The front's bright tail, as a fraction of the edges' length. */
const TAIL = 0.3;

/** The whole network, input to output or back. */
export function wholeNetwork(direction: Motion, columns: number): FlowMotion {
  return { direction, from: 0, to: columns - 1 };
}

/**
 * The motion a backprop timeline step shows: the forward pass into its layer, or the gradient
 * coming back into it; the gradient of every weight runs back through the whole network and
 * the forward pass after the update forward. The cost and the update itself do not move.
 */
export function stepMotion(step: BackpropStep, outputLayer: number): FlowMotion | null {
  const l = step.layer;
  switch (step.kind) {
    case 'forward':
      return { direction: 'forward', from: l - 1, to: l };
    case 'wants':
    case 'output-delta':
    case 'delta':
      return { direction: 'backward', from: l, to: l };
    case 'desires':
      return { direction: 'backward', from: l, to: l + 1 };
    case 'gradient':
      return wholeNetwork('backward', outputLayer + 1);
    case 'after':
      return wholeNetwork('forward', outputLayer + 1);
    default:
      return null;
  }
}

const hops = (m: FlowMotion) => m.to - m.from;

/** How long a motion plays: 1.6 s across 784-16-16-10, 0.86 s across one pair of columns. */
export function flowDuration(m: FlowMotion): number {
  return (hops(m) + RISE + FADE) * HOP_MS;
}

/** Where a motion stands: each column's glow, and the fronts on the edges. */
export interface FlowFrame {
  /** Glow 0..1 per column of the network (0 outside the motion). */
  glow: number[];
  /**
   * Fronts on their way: `layer` names the edges into that column; `head` is how far the front
   * has travelled along them in its own direction, 0..1, going on past 1 while its tail drains.
   */
  fronts: { layer: number; head: number }[];
}

const smooth = (t: number) => t * t * (3 - 2 * t);

/** A column's glow `d` hops after the front reaches it: rising before, fading after. */
function envelope(d: number): number {
  if (d <= -RISE || d >= FADE) return 0;
  return d < 0 ? smooth(1 + d / RISE) : smooth(1 - d / FADE);
}

/** The motion at `progress` 0..1: nothing shows at 0 and at 1, so the loop ends clean. */
export function flowAt(m: FlowMotion, columns: number, progress: number): FlowFrame {
  const n = hops(m);
  const t = progress * (n + RISE + FADE) - RISE;
  // Exactly dark outside the motion, whatever rounding leaves of the last glow.
  const playing = progress > 0 && progress < 1;
  const forward = m.direction === 'forward';
  const order = (c: number) => (forward ? c - m.from : m.to - c);
  const glow = Array.from({ length: columns }, (_, c) =>
    playing && c >= m.from && c <= m.to ? envelope(t - order(c)) : 0,
  );
  const fronts: FlowFrame['fronts'] = [];
  for (let k = 0; playing && k < n; k++) {
    const head = t - k;
    if (head > 0 && head < 1 + TAIL)
      fronts.push({ layer: forward ? m.from + k + 1 : m.to - k, head });
  }
  return { glow, fronts };
}

/**
 * The lit stretch of every edge under a front, as fractions [start, end] from the edge's left
 * end, or null when none of it is on the edges.
 */
export function frontSpan(direction: Motion, head: number): [number, number] | null {
  const start = Math.max(0, head - TAIL);
  const end = Math.min(1, head);
  if (end <= start) return null;
  return direction === 'forward' ? [start, end] : [1 - end, 1 - start];
}

/** At most this many neurons of a column send or receive a front: the rest would be a wall. */
export const MAX_ENDS = 64;

/**
 * Which neurons of a column the front's edges join: the lit pixels of the input (where a
 * signal, and a weight's gradient aₖ·δⱼ, is not zero), or all of them, thinned evenly to MAX_ENDS.
 */
export function frontEnds(count: number, activations: ArrayLike<number> | null): number[] {
  let picked = Array.from({ length: count }, (_, i) => i);
  if (activations && count > MAX_ENDS) {
    const lit = picked.filter((i) => activations[i] > 0.1);
    if (lit.length > 0) picked = lit;
  }
  const stride = Math.ceil(picked.length / MAX_ENDS);
  return picked.filter((_, i) => i % stride === 0);
}

/** What the motion's colours come from, per column (input first); null where not known. */
export interface FlowValues {
  /** Activations: how brightly each neuron lights going forward, and the input's lit pixels. */
  a: readonly (ArrayLike<number> | null)[];
  /** The gradient each neuron shows (∂C/∂a or δ): going back, its sign picks the colour. */
  gradient: readonly (ArrayLike<number> | null)[];
}

/** A neuron's part in the motion: its colour, and how strongly it shows (0.35..1). */
interface Ink {
  color: string;
  strength: number;
}

/** Weak neurons still show: the motion is about the path, their values about the rest. */
const FAINTEST = 0.35;
/** Strengths are rounded to quarters, so a front is a few strokes, not one per edge. */
const levelOf = (s: number) => Math.round(s * 4) / 4;

/**
 * Each neuron's ink: forward in the activations' neutral ink, by activation; backward violet
 * (raise, gradient < 0) or orange (lower), by |gradient|, as the neurons' fills colour it.
 */
function inksOf(
  direction: Motion,
  values: FlowValues,
  column: number,
  count: number,
  colors: VizColors,
): Ink[] {
  const strength = (t: number) => levelOf(FAINTEST + (1 - FAINTEST) * Math.min(1, Math.max(0, t)));
  if (direction === 'forward') {
    const a = values.a[column];
    return Array.from({ length: count }, (_, i) => ({
      color: colors.text,
      strength: a ? strength(Math.abs(a[i])) : 1,
    }));
  }
  const g = values.gradient[column];
  if (!g || g.length !== count) {
    return Array.from({ length: count }, () => ({ color: colors.raise, strength: 1 }));
  }
  const scale = maxAbs(Float64Array.from(g)) || 1;
  return Array.from({ length: count }, (_, i) => ({
    color: g[i] < 0 ? colors.raise : colors.lower,
    strength: strength(Math.sqrt(Math.abs(g[i]) / scale)),
  }));
}

/** '#rrggbb' at opacity `alpha`, for gradient stops. */
function rgba(hex: string, alpha: number): string {
  return `rgba(${hexToRgb(hex).join(',')},${alpha})`;
}

/** How far a lit neuron's light reaches beyond its circle, in CSS pixels. */
const HALO = 12;

/** A glowing stroke: a wide faint halo under a thin bright line. */
function strokeGlow(ctx: CanvasRenderingContext2D, width: number, alpha: number): void {
  ctx.globalAlpha = 0.3 * alpha;
  ctx.lineWidth = 3.5 * width;
  ctx.stroke();
  ctx.globalAlpha = alpha;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** A column lighting up: a ring around each neuron, or a frame around the input column. */
function paintColumn(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  column: number,
  glow: number,
  inks: Ink[],
  lineScale: number,
): void {
  const ys = layout.y[column];
  const r = layout.radius[column];
  if (column === 0) {
    const half = INPUT_CELL_WIDTH / 2 + 3;
    ctx.strokeStyle = inks[0].color;
    ctx.beginPath();
    ctx.rect(layout.x[0] - half, ys[0] - r, 2 * half, ys[ys.length - 1] - ys[0] + 2 * r);
    strokeGlow(ctx, 2 * lineScale, glow);
    return;
  }
  const x = layout.x[column];
  const halo = HALO * Math.sqrt(lineScale);
  ys.forEach((y, i) => {
    const { color, strength } = inks[i];
    // A soft light around the circle, never over it: the fill keeps showing the value.
    const light = ctx.createRadialGradient(x, y, r, x, y, r + halo);
    light.addColorStop(0, rgba(color, 0.6));
    light.addColorStop(1, rgba(color, 0));
    ctx.globalAlpha = glow * strength;
    ctx.fillStyle = light;
    ctx.beginPath();
    ctx.arc(x, y, r + halo, 0, 2 * Math.PI);
    ctx.arc(x, y, r, 0, 2 * Math.PI, true);
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.arc(x, y, r + 2 * lineScale, 0, 2 * Math.PI);
    strokeGlow(ctx, 2 * lineScale, glow * strength);
  });
}

/**
 * The front on the edges into column `l`: a short bright stretch of every edge between the
 * neurons picked at either end, fading along its tail, in its sending neuron's ink.
 */
function paintFront(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  l: number,
  span: [number, number],
  direction: Motion,
  values: FlowValues,
  inks: Ink[],
  lineScale: number,
): void {
  const [x0, x1] = edgeEnds(layout, l);
  const [ys0, ys1] = [layout.y[l - 1], layout.y[l]];
  const left = frontEnds(ys0.length, values.a[l - 1]);
  const right = frontEnds(ys1.length, values.a[l]);
  const forward = direction === 'forward';
  const [s0, s1] = span;
  // Every edge of the pair is at the same x at the same fraction: one gradient fits them all.
  const [tail, head] = forward ? [s0, s1] : [s1, s0];
  const xAt = (f: number) => x0 + (x1 - x0) * f;
  const batches = new Map<string, { ink: Ink; segments: number[] }>();
  for (const k of left) {
    for (const j of right) {
      const ink = inks[forward ? k : j];
      const key = `${ink.color}${ink.strength}`;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { ink, segments: [] }));
      const [y0, y1] = [ys0[k], ys1[j]];
      batch.segments.push(xAt(s0), y0 + (y1 - y0) * s0, xAt(s1), y0 + (y1 - y0) * s1);
    }
  }
  // Where hundreds of edges converge, each is fainter, so they read as a front, not a sheet.
  const crowd = Math.min(1, 10 / Math.sqrt(left.length * right.length));
  for (const { ink, segments } of batches.values()) {
    const fade = ctx.createLinearGradient(xAt(tail), 0, xAt(head), 0);
    fade.addColorStop(0, rgba(ink.color, 0));
    fade.addColorStop(1, rgba(ink.color, 1));
    ctx.strokeStyle = fade;
    ctx.beginPath();
    for (let i = 0; i < segments.length; i += 4) {
      ctx.moveTo(segments[i], segments[i + 1]);
      ctx.lineTo(segments[i + 2], segments[i + 3]);
    }
    strokeGlow(ctx, 2 * Math.sqrt(lineScale), ink.strength * crowd);
  }
}

/** Paints the motion at `progress` 0..1 over a cleared overlay. */
export function paintSignalFlow(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  motion: FlowMotion,
  progress: number,
  values: FlowValues,
  colors: VizColors,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  const columns = layout.x.length;
  if (motion.from < 0 || motion.to >= columns) return;
  const { glow, fronts } = flowAt(motion, columns, progress);
  const inks = layout.y.map((ys, c) => inksOf(motion.direction, values, c, ys.length, colors));
  ctx.save();
  ctx.lineCap = 'round';
  // Forward on a dark stage, light adds up where edges converge, as light does. The gradient's
  // violet and orange would add up to white: they, and ink on a light stage, are laid over.
  const dark = relativeLuminance(hexToRgb(colors.background)) < 0.5;
  if (dark && motion.direction === 'forward') ctx.globalCompositeOperation = 'lighter';
  for (const { layer, head } of fronts) {
    const span = frontSpan(motion.direction, head);
    const sender = motion.direction === 'forward' ? inks[layer - 1] : inks[layer];
    if (span) {
      paintFront(ctx, layout, layer, span, motion.direction, values, sender, colors.lineScale);
    }
  }
  glow.forEach((g, c) => {
    // Going back, nothing is computed for the pixels: the gradient stops at the first weights.
    if (g > 0.01 && !(c === 0 && motion.direction === 'backward')) {
      paintColumn(ctx, layout, c, g, inks[c], colors.lineScale);
    }
  });
  ctx.restore();
}
