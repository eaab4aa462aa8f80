import { scaleLinear, scaleLog } from 'd3';
import { useMessages } from '../../i18n/useMessages';
import { legendFitsOneRow } from './legendFits';

export interface CostSeries {
  id: string;
  label: string;
  costs: readonly number[];
  color: string;
}

/**
 * The legend sits in the top margin, above the plot, so no label can cover a line: side by side
 * where the labels fit, else one per row. The left margin grows with the longest tick label (a
 * diverging run reaches 100000 and more), so the ticks never run into the axis title.
 */
const MARGIN = { right: 12, bottom: 40 };
const LEGEND = { font: 16, row: 20, gap: 24, below: 12 };
const AXIS_TITLE_WIDTH = 34;
const TICK_CHAR_WIDTH = 8;

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
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const y = scaleLog().domain(hi > lo ? [lo, hi] : [lo / 2, lo * 2]);
  // A log scale's formatter leaves all but a few readable ticks (1, 2, 5, …) blank.
  const label = y.tickFormat(4, '~g');
  const yTicks = y.ticks().filter((t) => label(t) !== '');
  const tickChars = Math.max(3, ...yTicks.map((t) => label(t).length));
  const x = scaleLinear()
    .domain([0, steps])
    .range([AXIS_TITLE_WIDTH + TICK_CHAR_WIDTH * tickChars, width - MARGIN.right]);
  const [left, right] = x.range();
  const labels = series.map((s) => s.label);
  const oneRow = legendFitsOneRow(labels, right - left, LEGEND.font, LEGEND.gap);
  const legendRows = oneRow ? 1 : series.length;
  y.range([height - MARGIN.bottom, legendRows * LEGEND.row + LEGEND.below]);
  const [bottom, top] = y.range();
  /** Side by side: the first at the plot's left edge, the last at its right; else stacked. */
  const legendAt = (i: number): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } =>
    oneRow && series.length > 1
      ? {
          x: left + ((right - left) * i) / (series.length - 1),
          y: LEGEND.row - 2,
          anchor: i === 0 ? 'start' : i === series.length - 1 ? 'end' : 'middle',
        }
      : { x: left, y: LEGEND.row * (i + 1) - 2, anchor: 'start' };
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
      {series.map((s, i) => {
        const at = legendAt(i);
        return (
          <text
            key={`legend-${s.id}`}
            className="descent-legend"
            x={at.x}
            y={at.y}
            textAnchor={at.anchor}
            fill={s.color}
          >
            {s.label}
          </text>
        );
      })}
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
