/**
 * The current scene as one vector drawing for a slide, 16:9: title, formula, the digit as 28×28
 * squares, the network (edges as paths, neurons as circles, labels as text), the output bars and
 * the legend. Built as a string from plain values, so it is the same in a test as on the page.
 */
import { maxAbs } from '../colorScales';
import type { VizColors } from '../palette';
import { edgeBatches } from '../network/paintEdges';
import { INPUT_CELL_WIDTH } from '../network/paintEdges';
import type { NetworkLayout } from '../network/layout';
import { layoutNetwork } from '../network/layout';
import { neuronFill, nudgePath, valueLabel } from '../network/neuronsSvg';
import type { ViewFrame } from '../network/viewFrame';
import type { MathRun } from './mathRuns';

export const SCENE_WIDTH = 1280;
export const SCENE_HEIGHT = 720;
const PAD = 32;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif';
const DIGIT_CELL = 7;
const NETWORK = { x: 260, width: 690 };
const BARS = { x: 990, width: 150, row: 46 };
/** Circles outside the step's band fade, as on the page; their labels keep full contrast. */
const DIMMED_OPACITY = 0.35;

/** A run of legend text in its own colour (the coloured "■ blue" words). */
export interface LegendRun {
  text: string;
  color: string | null;
}

export interface SceneInput {
  title: string;
  formula: MathRun[] | null;
  frame: ViewFrame;
  sizes: readonly number[];
  /** The ten output activations for the bars, or null when none is known. */
  outputs: Float64Array | null;
  legend: LegendRun[][];
  colors: VizColors;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${body}</text>`;
}

/** Runs as tspans: sub- and superscripts smaller and shifted, colours kept. */
function runsToTspans(runs: readonly { text: string; color: string | null; shift?: unknown }[]) {
  return runs
    .map((r) => {
      const fill = r.color ? ` fill="${escape(r.color)}"` : '';
      const shift = r.shift ? ` baseline-shift="${r.shift}" font-size="70%"` : '';
      return `<tspan${fill}${shift}>${escape(r.text)}</tspan>`;
    })
    .join('');
}

/** A font size at which runs of `chars` characters fit `width` (about 0.55 em a character). */
const fitSize = (chars: number, width: number, largest: number) =>
  Math.max(11, Math.min(largest, width / (0.55 * Math.max(1, chars))));

function digitSquares(digit: Float64Array | null, top: number, c: VizColors): string {
  const side = 28 * DIGIT_CELL;
  const cells: string[] = [];
  if (digit) {
    for (let i = 0; i < digit.length; i++) {
      const g = Math.round(255 * Math.min(1, Math.max(0, digit[i] || 0)));
      if (g === 0) continue;
      const [x, y] = [PAD + (i % 28) * DIGIT_CELL, top + Math.floor(i / 28) * DIGIT_CELL];
      cells.push(
        `<rect x="${x}" y="${y}" width="${DIGIT_CELL}" height="${DIGIT_CELL}" fill="rgb(${g},${g},${g})"/>`,
      );
    }
  }
  return (
    `<g class="digit"><rect x="${PAD}" y="${top}" width="${side}" height="${side}" fill="#000" stroke="${c.axis}"/>` +
    `${cells.join('')}</g>`
  );
}

function edgePaths(layout: NetworkLayout, input: SceneInput): string {
  return edgeBatches(layout, input.frame.edges, input.colors)
    .map((b) => {
      let d = '';
      for (let i = 0; i < b.segments.length; i += 4) {
        const s = b.segments;
        d += `M${n(s[i])} ${n(s[i + 1])}L${n(s[i + 2])} ${n(s[i + 3])}`;
      }
      const dash = b.dash.length ? ` stroke-dasharray="${b.dash.join(' ')}"` : '';
      return `<path d="${d}" fill="none" stroke="rgb(${b.rgb.join(',')})" stroke-opacity="${b.alpha.toFixed(3)}" stroke-width="${b.width.toFixed(2)}"${dash}/>`;
    })
    .join('');
}

/** The step's band: everything outside it under a veil of the background, as on the page. */
function bandVeil(layout: NetworkLayout, band: ViewFrame['band'], c: VizColors): string {
  if (!band) return '';
  const pad = (l: number) => (l === 0 ? INPUT_CELL_WIDTH : layout.radius[l] + 12);
  const left = layout.x[band[0]] - pad(band[0]);
  const right = layout.x[band[1]] + pad(band[1]);
  const veil = (x: number, w: number) =>
    w > 0
      ? `<rect x="${n(x)}" y="0" width="${n(w)}" height="${n(layout.height)}" fill="${c.background}" fill-opacity="0.6"/>`
      : '';
  const last = layout.x.length - 1;
  return veil(0, left) + (band[1] < last ? veil(right, layout.width - right) : '');
}

function neurons(layout: NetworkLayout, frame: ViewFrame, c: VizColors): string {
  const last = layout.x.length - 1;
  const out: string[] = [];
  const input = frame.layers[0].values;
  const h = Math.max(1, layout.radius[0] * 2);
  layout.y[0].forEach((y, k) => {
    const g = Math.round(255 * Math.min(1, Math.max(0, input?.[k] ?? 0)));
    out.push(
      `<rect x="${n(layout.x[0] - INPUT_CELL_WIDTH / 2)}" y="${n(y - h / 2)}" width="${INPUT_CELL_WIDTH}" height="${n(h)}" fill="rgb(${g},${g},${g})"/>`,
    );
  });
  const nudgeScale = frame.nudges ? maxAbs(frame.nudges.values) : 1;
  for (let l = 1; l <= last; l++) {
    const paint = frame.layers[l];
    const scale = paint.values ? maxAbs(paint.values) : 1;
    const dimmed = frame.band && (l < frame.band[0] || l > frame.band[1]);
    layout.y[l].forEach((y, j) => {
      const v = paint.values?.[j] ?? NaN;
      const r = layout.radius[l];
      const best = l === last && j === frame.best;
      const stroke = best
        ? `stroke="${c.y}" stroke-width="2.5"`
        : `stroke="${c.axis}" stroke-width="1.5"`;
      const dash = paint.quantity === 'unknown' ? ' stroke-dasharray="3 3"' : '';
      const opacity = dimmed ? ` opacity="${DIMMED_OPACITY}"` : '';
      let g = `<g class="neuron" transform="translate(${n(layout.x[l])},${n(y)})">`;
      g += `<circle r="${n(r)}" fill="${neuronFill(paint, v, scale, c)}" ${stroke}${dash}${opacity}/>`;
      if (frame.nudges?.layer === l) {
        const d = nudgePath(frame.nudges.values[j], nudgeScale, r);
        if (d)
          g += `<path d="${d}" fill="none" stroke="${c.text}" stroke-width="3" stroke-linecap="round"/>`;
      }
      if (l === last) {
        const ink = best ? `fill="${c.y}" font-weight="700"` : `fill="${c.text}"`;
        g += text(r + 10, 0, String(j), `${ink} font-size="15" dy="0.35em"`);
        const label = valueLabel(paint.quantity, v);
        if (label)
          g += text(r + 30, 0, escape(label), `fill="${c.muted}" font-size="13" dy="0.35em"`);
      }
      out.push(`${g}</g>`);
    });
  }
  return out.join('');
}

function outputBars(outputs: Float64Array | null, best: number, top: number, c: VizColors) {
  if (!outputs) return '';
  const rows = Array.from(outputs, (a, d) => {
    const y = top + d * BARS.row;
    const w = Math.max(0, Math.min(1, a || 0)) * BARS.width;
    const ink = d === best ? c.y : c.text;
    return (
      text(BARS.x, y + 22, String(d), `fill="${ink}" font-size="20" font-weight="700"`) +
      `<rect x="${BARS.x + 24}" y="${y + 6}" width="${BARS.width}" height="22" fill="${c.track}"/>` +
      `<rect x="${BARS.x + 24}" y="${y + 6}" width="${n(w)}" height="22" fill="${ink}"/>` +
      text(
        BARS.x + 32 + BARS.width,
        y + 23,
        escape(valueLabel('a', a)),
        `fill="${c.muted}" font-size="16"`,
      )
    );
  });
  return `<g class="outputs">${rows.join('')}</g>`;
}

/** The scene as a standalone SVG document: every shape a vector, every word text. */
export function sceneSvg(input: SceneInput): string {
  const c = input.colors;
  const width = SCENE_WIDTH - PAD;
  let y = PAD + 18;
  const parts: string[] = [
    `<rect width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" fill="${c.panel}"/>`,
    text(
      PAD,
      y,
      escape(input.title),
      `class="scene-title" fill="${c.text}" font-size="${n(fitSize(input.title.length, width, 26))}" font-weight="700"`,
    ),
  ];
  if (input.formula && input.formula.length > 0) {
    y += 40;
    const chars = input.formula.reduce((sum, r) => sum + r.text.length, 0);
    const size = fitSize(chars, width, 24);
    parts.push(
      text(
        PAD,
        y,
        runsToTspans(input.formula),
        `class="scene-formula" fill="${c.text}" font-size="${n(size)}"`,
      ),
    );
  }
  const top = y + 24;
  const legendTop = SCENE_HEIGHT - PAD - 24 * input.legend.length;
  const layout = layoutNetwork(input.sizes, NETWORK.width, legendTop - 12 - top);
  parts.push(digitSquares(input.frame.layers[0].values, top + 10, c));
  parts.push(
    `<g class="network" transform="translate(${NETWORK.x},${n(top)})">` +
      edgePaths(layout, input) +
      bandVeil(layout, input.frame.band, c) +
      neurons(layout, input.frame, c) +
      '</g>',
  );
  parts.push(outputBars(input.outputs, input.frame.best, top + 10, c));
  input.legend.forEach((line, i) => {
    const chars = line.reduce((sum, r) => sum + r.text.length, 0);
    const size = fitSize(chars, width, 16);
    parts.push(
      text(
        PAD,
        legendTop + 18 + 24 * i,
        runsToTspans(line),
        `class="scene-legend" fill="${c.muted}" font-size="${n(size)}"`,
      ),
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" ` +
    `viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}" font-family='${FONT}'>${parts.join('')}</svg>`
  );
}
