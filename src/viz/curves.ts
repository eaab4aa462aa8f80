import * as d3 from 'd3';
import { typesetNumberText } from '../math/shownNumber';
import type { TrainingPoint } from '../store/trainingHistory';

export type CurveMetric = 'cost' | 'accuracy';

export interface CurveOptions {
  metric: CurveMetric;
  /** A log axis for the cost, where late progress is otherwise a flat line. */
  log: boolean;
  width: number;
  height: number;
  /** The x axis's title, in the interface language. */
  xLabel: string;
}

const MARGIN = { top: 10, right: 14, bottom: 34, left: 56 };

function values(points: readonly TrainingPoint[], metric: CurveMetric): [number, number][] {
  return points.flatMap((p) => {
    if (metric === 'accuracy' && !p.validated) return [];
    const y = metric === 'cost' ? p.cost : p.validationAccuracy;
    return y !== null && Number.isFinite(y) && (metric === 'accuracy' || y > 0)
      ? [[p.examplesSeen, y] as [number, number]]
      : [];
  });
}

/** Draws one training curve against examples seen, replacing what the SVG held. */
/** `axis` with `count` ticks labelled by d3's `specifier`, retypeset: −, ×10⁻ⁿ. */
function typesetTicks(
  axis: d3.Axis<d3.NumberValue>,
  scale: { tickFormat(count: number, specifier: string): (t: d3.NumberValue) => string },
  count: number,
  specifier: string,
): d3.Axis<d3.NumberValue> {
  const format = scale.tickFormat(count, specifier);
  return axis.ticks(count).tickFormat((t) => typesetNumberText(format(t)));
}

export function paintCurve(
  svg: SVGSVGElement,
  points: readonly TrainingPoint[],
  options: CurveOptions,
): void {
  const { metric, width, height } = options;
  const data = values(points, metric);
  // The SVG's size comes from CSS; drawing never resizes it, so no resize loop can start.
  const root = d3.select(svg);
  root.selectAll('*').remove();
  // Both charts share the x range: everything seen so far.
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1000, d3.max(points, (p) => p.examplesSeen) ?? 0)])
    .range([MARGIN.left, width - MARGIN.right]);
  const extent = d3.extent(data, (d) => d[1]) as [number, number] | [undefined, undefined];
  const y =
    metric === 'accuracy'
      ? d3
          .scaleLinear()
          .domain([Math.min(0.8, extent[0] ?? 0.8), 1])
          .range([height - MARGIN.bottom, MARGIN.top])
      : options.log
        ? d3
            .scaleLog()
            .domain([(extent[0] ?? 0.01) * 0.9, (extent[1] ?? 1) * 1.1])
            .range([height - MARGIN.bottom, MARGIN.top])
        : d3
            .scaleLinear()
            .domain([0, (extent[1] ?? 1) * 1.05])
            .range([height - MARGIN.bottom, MARGIN.top]);
  const axisX = typesetTicks(d3.axisBottom(x), x, Math.max(2, Math.floor(width / 90)), '~s');
  const axisY =
    metric === 'accuracy'
      ? typesetTicks(d3.axisLeft(y), y, 5, '.0%')
      : typesetTicks(d3.axisLeft(y), y, options.log ? 4 : 5, options.log ? '~g' : '.2~f');
  root
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(axisX);
  root
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(axisY);
  root
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', width - MARGIN.right)
    .attr('y', height - 4)
    .attr('text-anchor', 'end')
    .text(options.xLabel);
  root
    .append('path')
    .datum(data)
    .attr('class', 'curve-line')
    .attr('fill', 'none')
    // The theme's colours, as CSS variables: a theme switch needs no repaint.
    .style('stroke', metric === 'cost' ? 'var(--c)' : 'var(--w)')
    .attr('stroke-width', 2.5)
    .attr(
      'd',
      d3
        .line<[number, number]>()
        .x((d) => x(d[0]))
        .y((d) => y(d[1])),
    );
  if (metric === 'accuracy') {
    root
      .selectAll('circle')
      .data(data)
      .join('circle')
      .attr('cx', (d) => x(d[0]))
      .attr('cy', (d) => y(d[1]))
      .attr('r', 3.5)
      .attr('data-examples', (d) => d[0])
      .attr('data-value', (d) => d[1])
      .style('fill', 'var(--w)');
  }
}
