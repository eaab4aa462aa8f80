import type { ScaleLinear } from 'd3';
import { typesetNumberText } from '../../math/shownNumber';

/** A line with a filled triangular head at its end, in screen coordinates. */
export function Arrow({
  x1,
  y1,
  x2,
  y2,
  color,
  dashed,
  testId,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  dashed?: boolean;
  testId?: string;
}) {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 1) return null;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const head = Math.min(14, length * 0.6);
  const [bx, by] = [x2 - ux * head, y2 - uy * head];
  const wing = head * 0.5;
  const points = [
    [x2, y2],
    [bx - uy * wing, by + ux * wing],
    [bx + uy * wing, by - ux * wing],
  ];
  return (
    <g className="descent-arrow" data-testid={testId}>
      <line
        x1={x1}
        y1={y1}
        x2={bx}
        y2={by}
        stroke={color}
        strokeWidth={3.5}
        strokeDasharray={dashed ? '7 5' : undefined}
      />
      <polygon points={points.map((p) => p.join(',')).join(' ')} fill={color} />
    </g>
  );
}

/** Tick labels along the bottom and left of a plot's frame. */
export function Axes({
  x,
  y,
  xTicks = 6,
  yTicks = 5,
}: {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks?: number;
  yTicks?: number;
}) {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  return (
    <g className="descent-axes">
      <rect x={left} y={top} width={right - left} height={bottom - top} className="descent-frame" />
      {x.ticks(xTicks).map((t) => (
        <text key={`x${t}`} x={x(t)} y={bottom + 18} textAnchor="middle">
          {typesetNumberText(x.tickFormat(xTicks)(t))}
        </text>
      ))}
      {y.ticks(yTicks).map((t) => (
        <text key={`y${t}`} x={left - 6} y={y(t) + 5} textAnchor="end">
          {typesetNumberText(y.tickFormat(yTicks)(t))}
        </text>
      ))}
    </g>
  );
}
