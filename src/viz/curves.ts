import * as d3 from 'd3';
import { typesetNumberText } from '../math/shownNumber';
import type { TrainingPoint } from '../store/trainingHistory';
import { decimateLine } from './decimate';
import { setAttr, setText } from './domWrites';

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

/** A chart's lasting elements: made once, then only what the data move is rewritten. */
interface ChartParts {
  metric: CurveMetric;
  axisX: SVGGElement;
  axisY: SVGGElement;
  label: SVGTextElement;
  line: SVGPathElement;
}

const charts = new WeakMap<SVGSVGElement, ChartParts>();

function chartParts(svg: SVGSVGElement, metric: CurveMetric): ChartParts {
  const known = charts.get(svg);
  if (known?.metric === metric && known.line.parentNode === svg) return known;
  const root = d3.select(svg);
  root.selectAll('*').remove();
  const axis = () => root.append('g').attr('class', 'axis').node() as SVGGElement;
  const parts: ChartParts = {
    metric,
    axisX: axis(),
    axisY: axis(),
    label: root.append('text').attr('class', 'axis-label').attr('text-anchor', 'end').node()!,
    line: root
      .append('path')
      .attr('class', 'curve-line')
      .attr('fill', 'none')
      // The theme's colours, as CSS variables: a theme switch needs no repaint.
      .style('stroke', metric === 'cost' ? 'var(--c)' : 'var(--w)')
      .attr('stroke-width', 2.5)
      .node()!,
  };
  charts.set(svg, parts);
  return parts;
}

/**
 * Draws one training curve against examples seen. The SVG's elements are kept from one paint
 * to the next (axes, label, line, marks): a repaint while training rewrites only what moved.
 */
export function paintCurve(
  svg: SVGSVGElement,
  points: readonly TrainingPoint[],
  options: CurveOptions,
): void {
  const { metric, width, height } = options;
  const data = values(points, metric);
  // The SVG's size comes from CSS; drawing never resizes it, so no resize loop can start.
  const parts = chartParts(svg, metric);
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
  setAttr(parts.axisX, 'transform', `translate(0,${height - MARGIN.bottom})`);
  d3.select(parts.axisX).call(axisX);
  setAttr(parts.axisY, 'transform', `translate(${MARGIN.left},0)`);
  d3.select(parts.axisY).call(axisY);
  setAttr(parts.label, 'x', width - MARGIN.right);
  setAttr(parts.label, 'y', height - 4);
  setText(parts.label, options.xLabel);
  // Half-pixel columns: finer than the 2.5 px line can show.
  const shown = decimateLine(data, (v) => 2 * x(v));
  const line = d3
    .line<[number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  setAttr(parts.line, 'd', line(shown) ?? '');
  // Validation marks, one per measurement (every 10,000 examples): few, each kept by its x.
  d3.select(svg)
    .selectAll<SVGCircleElement, [number, number]>('circle')
    .data(metric === 'accuracy' ? data : [], (d) => d[0])
    .join((enter) =>
      enter
        .append('circle')
        .attr('r', 3.5)
        .attr('data-examples', (d) => d[0])
        .style('fill', 'var(--w)'),
    )
    .each(function (d) {
      setAttr(this, 'cx', x(d[0]));
      setAttr(this, 'cy', y(d[1]));
      setAttr(this, 'data-value', d[1]);
    });
}
