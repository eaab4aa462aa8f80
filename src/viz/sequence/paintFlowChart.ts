import { shownNumber } from '../../math/shownNumber';
import type { VizColors } from '../palette';

export interface FlowSeries {
  /** ‖∂L/∂h_t‖ for t = 1 … T. */
  norms: Float64Array;
  color: string;
  /** Drawn at the line's left end, so no legend is needed to tell the lines apart. */
  label: string;
  dash: number[];
}

/** Powers of ten between (and including) the decades around lo and hi. */
function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

/**
 * ‖∂L/∂h_t‖ against the time step t on a log scale: how much of the error reaches each step.
 * A line that falls steeply towards t = 1 is a vanishing gradient; one that climbs, exploding.
 */
export function paintFlowChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  series: readonly FlowSeries[],
  colors: VizColors,
): void {
  const values = series
    .flatMap((s) => Array.from(s.norms))
    .filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return;
  const fontSize = Math.round(10 * colors.lineScale + 1);
  const pad = { left: 54, right: 12, top: 10, bottom: 22 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const ticks = decades(Math.min(...values), Math.max(...values));
  const lo = Math.log10(ticks[0]);
  const hi = Math.max(lo + 1, Math.log10(ticks[ticks.length - 1]));
  const T = series[0].norms.length;
  const x = (t: number) => pad.left + ((t - 1) / (T - 1)) * w;
  const y = (v: number) => pad.top + (1 - (Math.log10(Math.max(v, ticks[0])) - lo) / (hi - lo)) * h;
  ctx.font = `${fontSize}px system-ui, sans-serif`;
  ctx.lineWidth = 1;
  // Label every decade when they fit, else every second or third.
  const every = Math.max(1, Math.ceil((ticks.length * (fontSize + 4)) / h));
  ticks.forEach((v, i) => {
    ctx.strokeStyle = colors.track;
    ctx.beginPath();
    ctx.moveTo(pad.left, y(v));
    ctx.lineTo(pad.left + w, y(v));
    ctx.stroke();
    if (i % every !== 0) return;
    ctx.fillStyle = colors.muted;
    ctx.textAlign = 'right';
    ctx.fillText(shownNumber(v, 1), pad.left - 5, y(v) + fontSize / 3);
  });
  ctx.textAlign = 'center';
  // Ticks at the first step and at round steps after it, as far as the labels fit.
  const gap = [7, 14, 28, 50, 100].find((g) => (T / g) * 44 <= w) ?? 200;
  for (let t = gap; t <= T; t += gap) ctx.fillText(`t = ${t}`, x(t), height - 5);
  ctx.fillText('t = 1', x(1), height - 5);
  for (const s of series) {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 2.5 * colors.lineScale;
    ctx.setLineDash(s.dash);
    ctx.beginPath();
    s.norms.forEach((v, i) => {
      if (i === 0) ctx.moveTo(x(i + 1), y(v));
      else ctx.lineTo(x(i + 1), y(v));
    });
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = s.color;
    ctx.textAlign = 'left';
    ctx.fillText(s.label, x(1) + 4, y(s.norms[0]) - 5);
  }
}
