import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import type { Params, Points } from '../../descent/regression';
import { useMessages } from '../../i18n/useMessages';
import { Axes } from './plotParts';

export interface FitLine {
  id: string;
  params: Params;
  color: string;
}

const MARGIN = { left: 40, right: 10, top: 10, bottom: 40 };
const X_DOMAIN: readonly [number, number] = [-1, 3];
const Y_DOMAIN: readonly [number, number] = [-5, 6];

function scalesFor(width: number, height: number) {
  return {
    x: scaleLinear()
      .domain(X_DOMAIN)
      .range([MARGIN.left, width - MARGIN.right]),
    y: scaleLinear()
      .domain(Y_DOMAIN)
      .range([height - MARGIN.bottom, MARGIN.top]),
  };
}

/** The data points and the lines y = w·x + b that the current parameters draw through them. */
export function FitPlot({
  points,
  lines,
  width,
  height,
}: {
  points: Points;
  lines: readonly FitLine[];
  width: number;
  height: number;
}) {
  const m = useMessages().descent.regression;
  const { x, y } = scalesFor(width, height);
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  // 200 dots that only move when the plot is resized.
  const dots = useMemo(() => {
    const s = scalesFor(width, height);
    return Array.from(points.xs, (px, i) => (
      <circle key={i} cx={s.x(px)} cy={s.y(points.ys[i])} r={2.5} className="descent-dot" />
    ));
  }, [points, width, height]);
  return (
    <svg
      className="descent-fit"
      width={width}
      height={height}
      role="img"
      aria-label={m.fit}
      data-testid="descent2d-fit"
    >
      <defs>
        <clipPath id="descent-fit-clip">
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <Axes x={x} y={y} xTicks={4} yTicks={4} />
      <g clipPath="url(#descent-fit-clip)">
        {dots}
        {lines.map((l) => (
          <line
            key={l.id}
            x1={left}
            x2={right}
            y1={y(l.params.w * X_DOMAIN[0] + l.params.b)}
            y2={y(l.params.w * X_DOMAIN[1] + l.params.b)}
            stroke={l.color}
            strokeWidth={3}
          />
        ))}
      </g>
      <text className="descent-axis-label" x={(left + right) / 2} y={height - 4}>
        {m.data}
        <tspan className="sym-w">w</tspan>·x + <tspan className="sym-b">b</tspan>
      </text>
    </svg>
  );
}
