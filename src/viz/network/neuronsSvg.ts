import * as d3 from 'd3';
import type { NeuronId } from '../../store/viewSlice';
import { activationFill } from '../colorScales';
import type { NetworkLayout } from './layout';

interface NeuronDatum {
  layer: number;
  index: number;
}

export interface NeuronHandlers {
  hover(neuron: NeuronId | null): void;
  select(neuron: NeuronId): void;
}

/**
 * Builds the hidden and output neurons as SVG circles (once per shape or size change) with
 * their test ids, names and pointer handlers; output neurons get their digit and value labels.
 */
export function buildNeurons(
  svg: SVGSVGElement,
  layout: NetworkLayout,
  handlers: NeuronHandlers,
): void {
  const root = d3.select(svg);
  root.attr('width', layout.width).attr('height', layout.height).selectAll('*').remove();
  const last = layout.x.length - 1;
  const data: NeuronDatum[] = layout.y.flatMap((ys, layer) =>
    layer === 0 ? [] : ys.map((_, index) => ({ layer, index })),
  );
  const groups = root
    .selectAll<SVGGElement, NeuronDatum>('g.neuron')
    .data(data)
    .join('g')
    .attr('class', (d) => `neuron layer-${d.layer}`)
    .attr('transform', (d) => `translate(${layout.x[d.layer]},${layout.y[d.layer][d.index]})`)
    .attr('data-testid', (d) => `neuron-${d.layer}-${d.index}`)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (d) =>
      d.layer === last
        ? `Output neuron for digit ${d.index}`
        : `Hidden layer ${d.layer}, neuron ${d.index + 1}`,
    )
    .on('pointerenter focus', (_, d) => handlers.hover(d))
    .on('pointerleave blur', () => handlers.hover(null))
    .on('click', (_, d) => handlers.select(d))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') handlers.select(d);
    });
  groups.append('circle').attr('r', (d) => layout.radius[d.layer]);
  const outputs = groups.filter((d) => d.layer === last);
  outputs
    .append('text')
    .attr('class', 'neuron-digit')
    .attr('x', (d) => layout.radius[d.layer] + 10)
    .attr('dy', '0.35em')
    .text((d) => d.index);
  outputs
    .append('text')
    .attr('class', 'neuron-value')
    .attr('x', (d) => layout.radius[d.layer] + 30)
    .attr('dy', '0.35em');
}

/** Restyles the neurons from the current activations and focus. */
export function paintNeurons(
  svg: SVGSVGElement,
  a: readonly Float64Array[] | null,
  focus: NeuronId | null,
  best: number,
): void {
  const root = d3.select(svg);
  root
    .selectAll<SVGGElement, NeuronDatum>('g.neuron')
    .classed('focus', (d) => focus !== null && d.layer === focus.layer && d.index === focus.index)
    .classed('best', (d) => d.layer === (a?.length ?? 0) - 1 && d.index === best)
    .attr('data-value', (d) => (a ? String(a[d.layer][d.index]) : ''))
    .select('circle')
    .attr('fill', (d) => activationFill(a ? a[d.layer][d.index] : 0));
  root
    .selectAll<SVGTextElement, NeuronDatum>('text.neuron-value')
    .text((d) => (a ? a[d.layer][d.index].toFixed(2) : ''));
}
