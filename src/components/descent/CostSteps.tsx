import { scaleLinear, scaleLog } from 'd3';
import { useMessages } from '../../i18n/useMessages';
import { typesetNumberText } from '../../math/shownNumber';
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
/** Tick labels closer than this (in px) would touch: every other one is dropped until none are. */
const MIN_TICK_GAP = 20;

/** Ticks thinned to every 2nd, 3rd, … until neighbours lie at least `gap` px apart. */
function spaced(ticks: readonly number[], at: (t: number) => number, gap: number): number[] {
  for (let every = 1; every < ticks.length; every++) {
    const kept = ticks.filter((_, i) => i % every === 0);
    if (kept.every((t, i) => i === 0 || Math.abs(at(t) - at(kept[i - 1])) >= gap)) return kept;
  }
  return ticks.slice(0, 1);
}

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
  const taken = Math.max(...series.map((s) => s.costs.length - 1));
  const steps = Math.max(1, taken);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  // Before the first step there is one cost: a decade around it, so the axis reads as log.
  const y = scaleLog().domain(hi > lo ? [lo, hi] : [lo / Math.sqrt(10), lo * Math.sqrt(10)]);
  // A log scale's formatter leaves all but a few readable ticks (1, 2, 5, …) blank.
  const format = y.tickFormat(4, '~g');
  const label = (t: number) => typesetNumberText(format(t));
  const readable = y.ticks().filter((t) => label(t) !== '');
  const tickChars = Math.max(3, ...readable.map((t) => label(t).length));
  const x = scaleLinear()
    .domain([0, steps])
    .range([AXIS_TITLE_WIDTH + TICK_CHAR_WIDTH * tickChars, width - MARGIN.right]);
  const [left, right] = x.range();
  const labels = series.map((s) => s.label);
  const oneRow = legendFitsOneRow(labels, right - left, LEGEND.font, LEGEND.gap);
  const legendRows = oneRow ? 1 : series.length;
  y.range([height - MARGIN.bottom, legendRows * LEGEND.row + LEGEND.below]);
  const [bottom, top] = y.range();
  const yTicks = spaced(readable, y, MIN_TICK_GAP);
  // Whole steps only: a fraction of a step means nothing.
  const xTicks = x.ticks(Math.min(5, steps)).filter(Number.isInteger);
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
        {xTicks.map((t) => (
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
      {taken === 0 && (
        <text
          className="descent-empty"
          x={(left + right) / 2}
          y={(top + bottom) / 2}
          data-testid={`${testId}-empty`}
        >
          {m.noStepsYet}
        </text>
      )}
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
