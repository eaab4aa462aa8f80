import type { VizColors } from '../palette';

/**
 * The digit as the network reads it, one row per step: the rows read so far in full, the rest
 * faint, the row being read outlined.
 */
export function paintRowReader(
  ctx: CanvasRenderingContext2D,
  size: number,
  input: Float64Array,
  side: number,
  rowsRead: number,
  currentRow: number,
  colors: VizColors,
): void {
  const cell = size / side;
  for (let r = 0; r < side; r++) {
    ctx.globalAlpha = r < rowsRead ? 1 : 0.25;
    for (let c = 0; c < side; c++) {
      const g = Math.round(255 * input[r * side + c]);
      ctx.fillStyle = `rgb(${g},${g},${g})`;
      ctx.fillRect(c * cell, r * cell, cell + 0.3, cell + 0.3);
    }
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.y;
  ctx.lineWidth = 2 * colors.lineScale;
  ctx.strokeRect(1, (currentRow - 1) * cell, size - 2, cell);
}

/**
 * The running answer: for each digit class, its probability after each row (a line per class,
 * the target's drawn strong), and a marker at the current row.
 */
export function paintRunning(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  running: readonly Float64Array[],
  target: number,
  rowsRead: number,
  colors: VizColors,
): void {
  const T = running.length;
  const pad = { left: 26, right: 8, top: 6, bottom: 16 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const x = (t: number) => pad.left + ((t - 1) / (T - 1)) * w;
  const y = (p: number) => pad.top + (1 - p) * h;
  ctx.strokeStyle = colors.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(pad.left, pad.top, w, h);
  ctx.fillStyle = colors.muted;
  ctx.font = `${Math.round(10 * colors.lineScale + 1)}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.fillText('1', pad.left - 4, pad.top + 8);
  ctx.fillText('0', pad.left - 4, pad.top + h);
  ctx.textAlign = 'center';
  for (const t of [1, 10, 20, 28]) ctx.fillText(String(t), x(t), height - 3);
  for (let d = 0; d < 10; d++) {
    const strong = d === target;
    ctx.strokeStyle = strong ? colors.y : colors.muted;
    ctx.globalAlpha = strong ? 1 : 0.45;
    ctx.lineWidth = (strong ? 2.5 : 1) * colors.lineScale;
    ctx.beginPath();
    for (let t = 1; t <= rowsRead; t++) {
      const py = y(running[t - 1][d]);
      if (t === 1) ctx.moveTo(x(t), py);
      else ctx.lineTo(x(t), py);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.text;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  ctx.moveTo(x(rowsRead), pad.top);
  ctx.lineTo(x(rowsRead), pad.top + h);
  ctx.stroke();
  ctx.setLineDash([]);
}
