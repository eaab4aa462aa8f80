import type { Point } from '../data/preprocess/strokes';

/** The pad's brush width as a share of its shorter side: a thick felt-tip. */
export const BRUSH_SHARE = 0.075;

function setBrush(ctx: CanvasRenderingContext2D, side: number): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = side * BRUSH_SHARE;
  ctx.strokeStyle = '#fff';
  ctx.fillStyle = '#fff';
  ctx.shadowColor = 'rgba(255,255,255,0.8)';
  ctx.shadowBlur = side * 0.02;
}

/** Draws stroke points [from, end) of one stroke (from > 0 continues from the previous point). */
export function paintStroke(
  ctx: CanvasRenderingContext2D,
  side: number,
  stroke: readonly Point[],
  from = 0,
): void {
  setBrush(ctx, side);
  if (stroke.length === 1) {
    ctx.beginPath();
    ctx.arc(stroke[0].x, stroke[0].y, ctx.lineWidth / 2, 0, 2 * Math.PI);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  const start = Math.max(0, from - 1);
  ctx.moveTo(stroke[start].x, stroke[start].y);
  for (let i = start + 1; i < stroke.length; i++) ctx.lineTo(stroke[i].x, stroke[i].y);
  ctx.stroke();
}

export function paintAllStrokes(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  strokes: readonly (readonly Point[])[],
): void {
  ctx.clearRect(0, 0, width, height);
  for (const stroke of strokes) paintStroke(ctx, Math.min(width, height), stroke);
}
