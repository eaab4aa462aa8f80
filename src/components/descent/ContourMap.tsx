import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useMemo } from 'react';
import { contours, geoPath, geoTransform, scaleLinear } from 'd3';
import type { Domain } from '../../descent/grid';
import { contourLevels } from '../../descent/grid';
import { useMessages } from '../../i18n/useMessages';
import { arrowNudge, nudged } from '../ui/arrowNudge';
import { useDescentColors } from './descentColors';
import { Arrow, Axes } from './plotParts';

export type Point = readonly [number, number];

export interface MapPath {
  id: string;
  points: readonly Point[];
  color: string;
}

export interface MapArrow {
  id: string;
  from: Point;
  to: Point;
  color: string;
  dashed?: boolean;
}

export interface MapMarker {
  id: string;
  at: Point;
  color: string;
  /** 'dot' for where a run is, 'cross' for a minimum. */
  shape: 'dot' | 'cross';
}

interface ContourMapProps {
  /** values[row * n + col]: col along x across xDomain, row along y across yDomain. */
  values: Float64Array;
  n: number;
  xDomain: Domain;
  yDomain: Domain;
  width: number;
  height: number;
  /** What the map shows, for screen readers. */
  label: string;
  xLabel: ReactNode;
  yLabel: ReactNode;
  paths?: readonly MapPath[];
  arrows?: readonly MapArrow[];
  markers?: readonly MapMarker[];
  testId: string;
  /** Clicking the map (or arrow keys from `at`) picks a point. */
  pick?: MapPick;
}

export interface MapPick {
  at: Point;
  /** How far an arrow key moves the point, along either axis. */
  step: number;
  /** What the point is, for keyboard and screen-reader users. */
  label: string;
  onPick(x: number, y: number): void;
}

const MARGIN = { left: 62, right: 12, top: 10, bottom: 50 };
const LEVELS = 14;

/**
 * A cost surface as filled contour bands (d3-contour), with paths, arrows and markers on it.
 * Values that are infinite or NaN (an overflowing network) cannot be contoured: it says so.
 */
export function ContourMap(props: ContourMapProps) {
  const { surface } = useDescentColors();
  const m = useMessages().descent;
  const { values, n, xDomain, yDomain, width, height, testId, pick } = props;
  const x = scaleLinear()
    .domain(xDomain)
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const unusable = values.reduce((count, v) => (Number.isFinite(v) ? count : count + 1), 0);
  const bands = useMemo(() => {
    if (unusable > 0) return [];
    const levels = contourLevels(values, LEVELS);
    // Grid value i sits at contour coordinate i + 0.5, as d3-contour treats values as pixels.
    const sx = scaleLinear()
      .domain([0.5, n - 0.5])
      .range([left, right]);
    const sy = scaleLinear()
      .domain([0.5, n - 0.5])
      .range([bottom, top]);
    const path = geoPath(
      geoTransform({
        point(gx, gy) {
          this.stream.point(sx(gx), sy(gy));
        },
      }),
    );
    return contours()
      .size([n, n])
      .thresholds(levels)(Array.from(values))
      .map((c, i) => ({ d: path(c) ?? '', fill: surface((i + 1) / levels.length) }));
  }, [values, n, left, right, bottom, top, surface, unusable]);

  function pickByPointer(event: MouseEvent<SVGRectElement>) {
    if (!pick) return;
    const box = event.currentTarget.getBoundingClientRect();
    pick.onPick(x.invert(left + event.clientX - box.left), y.invert(top + event.clientY - box.top));
  }

  function pickByKey(event: KeyboardEvent<SVGRectElement>) {
    const nudge = pick && arrowNudge(event.key, event.shiftKey);
    if (!pick || !nudge) return;
    event.preventDefault();
    const [px, py] = pick.at;
    pick.onPick(nudged(px, nudge.dx, pick.step, xDomain), nudged(py, nudge.dy, pick.step, yDomain));
  }

  if (unusable > 0) {
    return (
      <p className="descent-alert" role="status" data-testid={`${testId}-not-finite`}>
        {m.mapNotFinite(unusable, values.length)}
      </p>
    );
  }
  const clip = `${testId}-clip`;
  return (
    <svg
      className="descent-map"
      width={width}
      height={height}
      // With a pick area inside, a group: an img's children are hidden from screen readers.
      role={pick ? 'group' : 'img'}
      aria-label={props.label}
      data-testid={testId}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        <rect x={left} y={top} width={right - left} height={bottom - top} fill={surface(0)} />
        {bands.map((b, i) => (
          <path key={i} d={b.d} fill={b.fill} className="descent-band" />
        ))}
        {props.paths?.map((p) => (
          <g key={p.id} data-testid={`${testId}-path-${p.id}`} data-steps={p.points.length - 1}>
            <polyline
              className="descent-path"
              stroke={p.color}
              points={p.points.map(([px, py]) => `${x(px)},${y(py)}`).join(' ')}
            />
            {p.points.map(([px, py], i) => (
              <circle key={i} cx={x(px)} cy={y(py)} r={2.5} fill={p.color} />
            ))}
          </g>
        ))}
        {props.arrows?.map((a) => (
          <Arrow
            key={a.id}
            x1={x(a.from[0])}
            y1={y(a.from[1])}
            x2={x(a.to[0])}
            y2={y(a.to[1])}
            color={a.color}
            dashed={a.dashed}
            testId={`${testId}-arrow-${a.id}`}
          />
        ))}
        {props.markers?.map((m) =>
          m.shape === 'dot' ? (
            <circle
              key={m.id}
              cx={x(m.at[0])}
              cy={y(m.at[1])}
              r={7}
              fill={m.color}
              className="descent-marker"
            />
          ) : (
            <path
              key={m.id}
              d={`M${x(m.at[0]) - 7},${y(m.at[1]) - 7}l14,14m0,-14l-14,14`}
              stroke={m.color}
              strokeWidth={3.5}
            />
          ),
        )}
      </g>
      <Axes x={x} y={y} />
      <text className="descent-axis-label" x={(left + right) / 2} y={height - 6}>
        {props.xLabel}
      </text>
      <text
        className="descent-axis-label"
        transform={`translate(16 ${(top + bottom) / 2}) rotate(-90)`}
      >
        {props.yLabel}
      </text>
      {pick && (
        <rect
          className="descent-pick"
          x={left}
          y={top}
          width={right - left}
          height={bottom - top}
          onClick={pickByPointer}
          tabIndex={0}
          role="button"
          aria-label={pick.label}
          onKeyDown={pickByKey}
          data-testid={`${testId}-pick`}
        />
      )}
    </svg>
  );
}
