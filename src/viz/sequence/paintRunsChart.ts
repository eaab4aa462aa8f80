import { groupDigits } from '../../math/shownNumber';
import type { VizColors } from '../palette';

export interface RunCurve {
  label: string;
  color: string;
  dash: number[];
  /** (examples seen, held-out accuracy) pairs, in order. */
  points: readonly (readonly [number, number])[];
}

/**
 * Held-out accuracy against examples trained on, one line per run: a run that learns the task
 * climbs towards 100%, one that cannot stays near chance (10%), drawn as a dotted line.
 */
export function paintRunsChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  runs: readonly RunCurve[],
  budget: number,
  colors: VizColors,
): void {
  const fontSize = Math.round(10 * colors.lineScale + 1);
  const pad = { left: 40, right: 12, top: 10, bottom: 22 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const x = (n: number) => pad.left + (n / budget) * w;
  const y = (a: number) => pad.top + (1 - a) * h;
  ctx.font = `${fontSize}px system-ui, sans-serif`;
  ctx.lineWidth = 1;
  for (const a of [0, 0.5, 1]) {
    ctx.strokeStyle = colors.track;
    ctx.beginPath();
    ctx.moveTo(pad.left, y(a));
    ctx.lineTo(pad.left + w, y(a));
    ctx.stroke();
    ctx.fillStyle = colors.muted;
    ctx.textAlign = 'right';
    ctx.fillText(`${a * 100}%`, pad.left - 5, y(a) + fontSize / 3);
  }
  ctx.setLineDash([2, 4]);
  ctx.strokeStyle = colors.muted;
  ctx.beginPath();
  ctx.moveTo(pad.left, y(0.1));
  ctx.lineTo(pad.left + w, y(0.1));
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.textAlign = 'center';
  ctx.fillText('0', x(0), height - 5);
  ctx.fillText(groupDigits(budget), x(budget) - 16, height - 5);
  for (const run of runs) {
    if (run.points.length === 0) continue;
    ctx.strokeStyle = run.color;
    ctx.lineWidth = 2.5 * colors.lineScale;
    ctx.setLineDash(run.dash);
    ctx.beginPath();
    run.points.forEach(([n, a], i) => (i === 0 ? ctx.moveTo(x(n), y(a)) : ctx.lineTo(x(n), y(a))));
    ctx.stroke();
    ctx.setLineDash([]);
    const [n, a] = run.points[run.points.length - 1];
    ctx.fillStyle = run.color;
    ctx.textAlign = 'right';
    ctx.fillText(run.label, x(n) - 4, y(a) - 6);
  }
}
