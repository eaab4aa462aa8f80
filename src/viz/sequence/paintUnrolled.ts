import { gradientFill } from '../colorScales';
import type { VizColors } from '../palette';
import type { TimelinePoint } from '../../sequence/timeline';
import { sequenceFills } from './stateColors';
import type { UnrolledLayout } from './unrolledLayout';
import { columnX } from './unrolledLayout';

export interface UnrolledScene {
  /** h_t and ∂L/∂h_t for t = 1 … T (arrays indexed t − 1). */
  h: readonly Float64Array[];
  dLdh: readonly Float64Array[];
  /** The digit as read: T rows of `rowLength` pixel activations. */
  input: Float64Array;
  rowLength: number;
  point: TimelinePoint;
  /** The hidden unit the formulas follow, marked across the strips. */
  unit: number | null;
  /** The answer read from the last state, once the last row has been read. */
  answer: number | null;
  /** The cell's name inside each box ("tanh", "GRU", "LSTM"). */
  cellName: string;
}

/** ‖v‖₂ */
const norm = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** The log-scale floor of the gradient-norm bars: below it a bar has no height. */
const BAR_FLOOR = 1e-8;

/**
 * The network unrolled in time: one column per row of the digit, the same cell (shared W, U, b)
 * in every column. Forward, columns light up as rows are read; backwards, ∂L/∂h_t fills the
 * right half of each strip and its norm rises as a bar, from the last step to the first.
 */
export function paintUnrolled(
  ctx: CanvasRenderingContext2D,
  l: UnrolledLayout,
  scene: UnrolledScene,
  colors: VizColors,
): void {
  const { point } = scene;
  const rowsRead = point.phase === 'forward' ? point.t : l.steps;
  const backTo = point.phase === 'backward' ? point.t : l.steps + 1;
  const gradientScale = Math.max(
    ...scene.dLdh.map((g) => g.reduce((m, x) => Math.max(m, Math.abs(x)), 0)),
  );
  const norms = scene.dLdh.map(norm);
  const maxNorm = Math.max(...norms, BAR_FLOOR * 10);
  const fills = sequenceFills(colors);
  const unitHeight = l.stripHeight / l.units;
  const half = l.columnWidth / 2 - 1;
  ctx.font = `${Math.round(10 * colors.lineScale + 1)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';

  for (let t = 1; t <= l.steps; t++) {
    const x = columnX(l, t);
    const read = t <= rowsRead;
    const reached = t >= backTo;
    // Column number every few steps, and always at the current one.
    const current = t === point.t;
    // Every seventh step is numbered, and the current one, whose neighbours then give way.
    const numbered = t === 1 || t % 7 === 0;
    if (current || (numbered && Math.abs(t - point.t) > 1)) {
      ctx.fillStyle = current ? colors.text : colors.muted;
      ctx.fillText(String(t), x + l.columnWidth / 2, l.stripTop - 4);
    }
    for (let j = 0; j < l.units; j++) {
      const y = l.stripTop + j * unitHeight;
      ctx.fillStyle = read ? fills.state(scene.h[t - 1][j], 1) : colors.unknown;
      ctx.fillRect(x + 1, y, half, Math.max(1, unitHeight - 0.3));
      ctx.fillStyle = reached
        ? gradientFill(scene.dLdh[t - 1][j], gradientScale, colors)
        : colors.track;
      ctx.fillRect(x + 1 + half, y, half, Math.max(1, unitHeight - 0.3));
    }
    // The cell: the same weights at every step.
    ctx.globalAlpha = read ? 1 : 0.35;
    ctx.fillStyle = colors.panel;
    ctx.strokeStyle = current ? colors.y : colors.panelEdge;
    ctx.lineWidth = (current ? 2.5 : 1) * colors.lineScale;
    ctx.fillRect(x + 1, l.boxTop, l.columnWidth - 2, l.boxHeight);
    ctx.strokeRect(x + 1, l.boxTop, l.columnWidth - 2, l.boxHeight);
    if (ctx.measureText(scene.cellName).width <= l.columnWidth - 6) {
      ctx.fillStyle = colors.text;
      ctx.fillText(scene.cellName, x + l.columnWidth / 2, l.boxTop + l.boxHeight / 2 + 4);
    }
    // The row read at this step, as a stripe of its pixels.
    const pixelWidth = (l.columnWidth - 2) / scene.rowLength;
    for (let k = 0; k < scene.rowLength; k++) {
      const g = Math.round(255 * scene.input[(t - 1) * scene.rowLength + k]);
      ctx.fillStyle = `rgb(${g},${g},${g})`;
      ctx.fillRect(x + 1 + k * pixelWidth, l.rowTop, pixelWidth + 0.2, l.rowHeight);
    }
    ctx.globalAlpha = 1;
    // Recurrent arrow h_{t−1} → h_t.
    if (t > 1) arrow(ctx, x - 3, l.boxTop + l.boxHeight / 2, x + 2, colors, read);
    // ‖∂L/∂h_t‖ on a log scale, once BPTT has reached the step.
    if (reached) {
      const share =
        Math.log(Math.max(norms[t - 1], BAR_FLOOR) / BAR_FLOOR) / Math.log(maxNorm / BAR_FLOOR);
      const height = Math.max(1, share * l.barHeight);
      ctx.fillStyle = colors.lower;
      ctx.fillRect(x + 2, l.barTop + l.barHeight - height, l.columnWidth - 4, height);
    }
  }
  // The current column, outlined from strip to bar.
  const cx = columnX(l, point.t);
  ctx.strokeStyle = colors.y;
  ctx.lineWidth = 2 * colors.lineScale;
  ctx.strokeRect(cx, l.stripTop - 1, l.columnWidth, l.barTop + l.barHeight - l.stripTop + 2);
  if (scene.unit !== null) {
    const y = l.stripTop + (scene.unit + 0.5) * unitHeight;
    ctx.strokeStyle = colors.text;
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(l.left, y);
    ctx.lineTo(columnX(l, l.steps + 1), y);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  paintReadout(ctx, l, scene, colors, rowsRead === l.steps);
}

function arrow(
  ctx: CanvasRenderingContext2D,
  from: number,
  y: number,
  to: number,
  colors: VizColors,
  on: boolean,
): void {
  ctx.strokeStyle = on ? colors.text : colors.muted;
  ctx.fillStyle = ctx.strokeStyle;
  ctx.lineWidth = colors.lineScale;
  ctx.beginPath();
  ctx.moveTo(from, y);
  ctx.lineTo(to, y);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(to + 1, y);
  ctx.lineTo(to - 3, y - 3);
  ctx.lineTo(to - 3, y + 3);
  ctx.fill();
}

/** ŷ from the last state: the answer, once every row has been read. */
function paintReadout(
  ctx: CanvasRenderingContext2D,
  l: UnrolledLayout,
  scene: UnrolledScene,
  colors: VizColors,
  done: boolean,
): void {
  const y = l.boxTop + l.boxHeight / 2;
  arrow(ctx, l.readoutX - 8, y, l.readoutX + 14, colors, done);
  const r = 15;
  const cx = l.readoutX + 14 + r + 2;
  ctx.beginPath();
  ctx.arc(cx, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = colors.panel;
  ctx.fill();
  ctx.strokeStyle = done ? colors.y : colors.panelEdge;
  ctx.lineWidth = 2 * colors.lineScale;
  ctx.stroke();
  ctx.fillStyle = done ? colors.text : colors.muted;
  ctx.font = `bold ${Math.round(15 * colors.lineScale)}px system-ui, sans-serif`;
  ctx.fillText(done && scene.answer !== null ? String(scene.answer) : 'ŷ', cx, y + 5);
}
