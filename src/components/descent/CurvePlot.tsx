import type { KeyboardEvent, MouseEvent } from 'react';
import { scaleLinear } from 'd3';
import type { Ball } from '../../descent/curve';
import { CURVE_DOMAIN, CURVE_MINIMA, ballX, curveCost, curveSlope } from '../../descent/curve';
import { flightView } from './curveView';
import { useMessages } from '../../i18n/useMessages';
import { arrowNudge, nudged } from '../ui/arrowNudge';
import { useDescentColors } from './descentColors';
import { Arrow, Axes } from './plotParts';

const MARGIN = { left: 52, right: 14, top: 16, bottom: 46 };
const SAMPLES = 300;
/** How far either side of the ball the tangent line reaches, as a share of the x range. */
const TANGENT_HALF = 0.09;
/** How far an arrow key moves ball 1's start, in x. */
const KEY_STEP = 0.1;

function curvePoints([lo, hi]: readonly [number, number]) {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / SAMPLES;
    return [x, curveCost(x)] as const;
  });
}

interface CurvePlotProps {
  balls: readonly Ball[];
  rate: number;
  width: number;
  height: number;
  /** Where ball 1 starts: arrow keys move it from there. */
  start: number;
  onPick(x: number): void;
}

/** C(x) with the balls on it, the first ball's tangent and the step −η·slope it is about to take. */
export function CurvePlot({ balls, rate, width, height, start, onPick }: CurvePlotProps) {
  const m = useMessages().descent.curve;
  const colors = useDescentColors();
  // Zoomed out to follow a ball that overshoots far up the bowl.
  const view = flightView(balls);
  const x = scaleLinear()
    .domain(view.x)
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain(view.c)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const line = (points: readonly (readonly [number, number])[]) =>
    points.map(([px, py]) => `${x(px)},${y(py)}`).join(' ');

  const lead = balls[0];
  const x0 = ballX(lead);
  const s = curveSlope(x0);
  const half = TANGENT_HALF * (view.x[1] - view.x[0]);
  const tangent = [
    [x0 - half, curveCost(x0) - s * half],
    [x0 + half, curveCost(x0) + s * half],
  ] as const;
  const next = Math.min(right, Math.max(left, x(x0 - rate * s)));

  function pick(event: MouseEvent<SVGRectElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const [lo, hi] = CURVE_DOMAIN;
    onPick(Math.min(hi, Math.max(lo, x.invert(left + event.clientX - box.left))));
  }

  function pickByKey(event: KeyboardEvent<SVGRectElement>) {
    const nudge = arrowNudge(event.key, event.shiftKey);
    if (!nudge) return;
    event.preventDefault();
    onPick(nudged(start, nudge.dx + nudge.dy, KEY_STEP, CURVE_DOMAIN));
  }

  return (
    <svg
      className="descent-curve"
      width={width}
      height={height}
      // A group, not an img: an img's children are hidden, and the start slider is one of them.
      role="group"
      aria-label={m.plot}
      data-testid="descent-curve"
    >
      <defs>
        <clipPath id="descent-curve-clip">
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <Axes x={x} y={y} yTicks={4} />
      <g clipPath="url(#descent-curve-clip)">
        <polyline className="descent-cost-line" points={line(curvePoints(view.x))} />
        {CURVE_MINIMA.map((m) => (
          <line
            key={m}
            className="descent-minimum"
            x1={x(m)}
            x2={x(m)}
            y1={bottom}
            y2={y(curveCost(m))}
          />
        ))}
        {lead.status === 'rolling' && (
          <polyline className="descent-tangent" points={line(tangent)} />
        )}
        {balls.map((b, i) =>
          b.path
            .slice(-60, -1)
            .map((px, k) => (
              <circle
                key={`${i}-${k}`}
                cx={x(px)}
                cy={y(curveCost(px))}
                r={3}
                fill={colors.balls[i]}
                opacity={0.45}
              />
            )),
        )}
        {lead.status === 'rolling' && (
          <Arrow
            x1={x(x0)}
            y1={bottom - 14}
            x2={next}
            y2={bottom - 14}
            color={colors.downhill}
            testId="descent-step-arrow"
          />
        )}
        {balls.map((b, i) => (
          <circle
            key={i}
            className="descent-ball"
            cx={x(ballX(b))}
            cy={y(curveCost(ballX(b))) - 9}
            r={9}
            fill={colors.balls[i]}
            data-testid={`descent-ball-${i}`}
            data-x={ballX(b)}
          />
        ))}
      </g>
      <text className="descent-axis-label" x={(left + right) / 2} y={height - 6}>
        {m.xAxis}
      </text>
      <text
        className="descent-axis-label sym-c"
        transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
      >
        C(x)
      </text>
      <rect
        className="descent-pick"
        x={left}
        y={top}
        width={right - left}
        height={bottom - top}
        onClick={pick}
        tabIndex={0}
        role="slider"
        aria-label={m.pickStart}
        aria-valuemin={CURVE_DOMAIN[0]}
        aria-valuemax={CURVE_DOMAIN[1]}
        aria-valuenow={start}
        onKeyDown={pickByKey}
        data-testid="descent-pick"
      />
    </svg>
  );
}
