import { scaleLinear, scaleLog } from 'd3';
import { useMessages } from '../../i18n/useMessages';

export interface CostSeries {
  id: string;
  label: string;
  costs: readonly number[];
  color: string;
}

const MARGIN = { left: 58, right: 12, top: 10, bottom: 40 };

/** The cost after each step, one line per method, on a log axis so late progress stays visible. */
export function CostSteps({
  series,
  width,
  height,
  testId,
}: {
  series: readonly CostSeries[];
  width: number;
  height: number;
  testId: string;
}) {
  const m = useMessages().descent.regression;
  const all = series.flatMap((s) => s.costs);
  const steps = Math.max(1, ...series.map((s) => s.costs.length - 1));
  const x = scaleLinear()
    .domain([0, steps])
    .range([MARGIN.left, width - MARGIN.right]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const y = scaleLog()
    .domain(hi > lo ? [lo, hi] : [lo / 2, lo * 2])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  // A log scale's formatter leaves all but a few readable ticks (1, 2, 5, …) blank.
  const label = y.tickFormat(4, '~g');
  const yTicks = y.ticks().filter((t) => label(t) !== '');
  return (
    <svg
      className="descent-steps"
      width={width}
      height={height}
      role="img"
      aria-label={m.costs}
      data-testid={testId}
    >
      <rect x={left} y={top} width={right - left} height={bottom - top} className="descent-frame" />
      <g className="descent-axes">
        {yTicks.map((t) => (
          <text key={t} x={left - 6} y={y(t) + 5} textAnchor="end">
            {label(t)}
          </text>
        ))}
        {x.ticks(5).map((t) => (
          <text key={t} x={x(t)} y={bottom + 18} textAnchor="middle">
            {t}
          </text>
        ))}
      </g>
      <text className="descent-axis-label" x={(left + right) / 2} y={height - 4}>
        {m.stepAxis}
      </text>
      <text
        className="descent-axis-label sym-c"
        transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
      >
        {m.logCost}
      </text>
      {series.map((s, i) => (
        <text
          key={`legend-${s.id}`}
          className="descent-legend"
          x={right - 8}
          y={top + 20 + 20 * i}
          textAnchor="end"
          fill={s.color}
        >
          {s.label}
        </text>
      ))}
      {series.map((s) => (
        <polyline
          key={s.id}
          className="descent-path"
          stroke={s.color}
          points={s.costs.map((c, i) => `${x(i)},${y(c)}`).join(' ')}
        />
      ))}
    </svg>
  );
}
