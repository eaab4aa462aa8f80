import * as d3 from 'd3';
import type { AppText } from '../../i18n/en/app';
import { shownFixed, shownNumber } from '../../math/shownNumber';
import type { NeuronId } from '../../vocabulary';
import { activationFill, gradientFill, maxAbs } from '../colorScales';
import { setAttr, setText } from '../domWrites';
import type { VizColors } from '../palette';
import type { LayerPaint, NeuronQuantity, ViewFrame } from './viewFrame';
import type { NetworkLayout } from './layout';

interface NeuronDatum {
  layer: number;
  index: number;
  radius: number;
}

export interface NeuronHandlers {
  hover(neuron: NeuronId | null): void;
  select(neuron: NeuronId): void;
}

/** How neurons are named for screen readers, in the interface language. */
export type NeuronNames = Pick<AppText['names'], 'outputNeuronFor' | 'hiddenNeuron'>;

/** Names every neuron, "Hidden layer 1, neuron 3"; rerun when the language changes. */
export function nameNeurons(svg: SVGSVGElement, names: NeuronNames): void {
  const groups = d3.select(svg).selectAll<SVGGElement, NeuronDatum>('g.neuron');
  const last = d3.max(groups.data(), (d) => d.layer) ?? 0;
  groups.attr('aria-label', (d) =>
    d.layer === last ? names.outputNeuronFor(d.index) : names.hiddenNeuron(d.layer, d.index + 1),
  );
}

/**
 * Builds the hidden and output neurons as SVG circles (once per shape or size change) with
 * their test ids, names and pointer handlers; output neurons get their digit and value labels.
 */
export function buildNeurons(
  svg: SVGSVGElement,
  layout: NetworkLayout,
  handlers: NeuronHandlers,
  names: NeuronNames,
): void {
  const root = d3.select(svg);
  root.attr('width', layout.width).attr('height', layout.height).selectAll('*').remove();
  const last = layout.x.length - 1;
  const data: NeuronDatum[] = layout.y.flatMap((ys, layer) =>
    layer === 0 ? [] : ys.map((_, index) => ({ layer, index, radius: layout.radius[layer] })),
  );
  const groups = root
    .selectAll<SVGGElement, NeuronDatum>('g.neuron')
    .data(data)
    .join('g')
    .attr('class', (d) => `neuron layer-${d.layer}`)
    .attr('transform', (d) => `translate(${layout.x[d.layer]},${layout.y[d.layer][d.index]})`)
    .attr('data-testid', (d) => `neuron-${d.layer}-${d.index}`)
    // One tab stop per layer (a roving tabindex): ↑/↓ walk the layer, Tab goes on past it.
    .attr('tabindex', (d) => (d.index === 0 ? 0 : -1))
    .attr('role', 'button')
    .on('pointerenter focus', (_, d) => handlers.hover({ layer: d.layer, index: d.index }))
    .on('pointerleave blur', () => handlers.hover(null))
    .on('click', (_, d) => handlers.select({ layer: d.layer, index: d.index }))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        handlers.select({ layer: d.layer, index: d.index });
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        // Up and down walk the layer; focusing a neuron describes it, as hovering does.
        const next = d.index + (event.key === 'ArrowUp' ? -1 : 1);
        const target = svg.querySelector<SVGGElement>(`[data-testid="neuron-${d.layer}-${next}"]`);
        if (!target) return;
        event.preventDefault();
        (event.currentTarget as SVGGElement).setAttribute('tabindex', '-1');
        target.setAttribute('tabindex', '0');
        target.focus();
      }
    });
  nameNeurons(svg, names);
  groups.append('circle').attr('r', (d) => d.radius);
  groups.append('path').attr('class', 'nudge');
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

/**
 * An output's label: its activation to two decimals, or its gradient to two significant digits
 * (×10⁻ⁿ when small), so a δ whose fill is coloured never reads as 0.
 */
export function valueLabel(quantity: NeuronQuantity, v: number): string {
  if (quantity === 'unknown') return '';
  if (quantity === 'a') return shownFixed(v, 2);
  return v > 0 ? `+${shownNumber(v, 2)}` : shownNumber(v, 2);
}

/** A neuron's fill: grey by activation, violet/orange by gradient, dark when not computed. */
export function neuronFill(
  layer: LayerPaint,
  v: number,
  scale: number,
  colors: Pick<VizColors, 'raise' | 'lower' | 'unknown'>,
): string {
  if (layer.quantity === 'unknown') return colors.unknown;
  return layer.quantity === 'a' ? activationFill(v) : gradientFill(v, scale, colors);
}

/** A vertical arrow beside the circle, up for a positive nudge, length by its size. */
export function nudgePath(v: number, scale: number, r: number): string {
  const length = (1.5 * r + 6) * Math.min(1, Math.abs(v) / (scale || 1));
  if (length < 2) return '';
  const x = -r - 8;
  const tip = v > 0 ? -length : length;
  const head = Math.sign(tip) * -5;
  return `M${x},0V${tip}M${x - 4},${tip + head}L${x},${tip}L${x + 4},${tip + head}`;
}

/**
 * Restyles the neurons from a view frame: grey by activation, violet/orange by gradient in
 * the backward steps, dark for values not computed yet; the layer in play stays bright. Runs
 * for every training snapshot, so it writes only what changed: most fills, arrows and labels
 * stay put from one snapshot to the next.
 */
export function paintNeurons(
  svg: SVGSVGElement,
  frame: Pick<ViewFrame, 'layers' | 'best' | 'band' | 'nudges'>,
  focus: NeuronId | null,
  colors: VizColors,
): void {
  const last = frame.layers.length - 1;
  const scales = frame.layers.map((p) => (p.values ? maxAbs(p.values) : 1));
  const nudgeScale = frame.nudges ? maxAbs(frame.nudges.values) : 1;
  const inBand = (d: NeuronDatum) =>
    !frame.band || (d.layer >= frame.band[0] && d.layer <= frame.band[1]);
  d3.select(svg)
    .selectAll<SVGGElement, NeuronDatum>('g.neuron')
    .each(function (d) {
      const paint = frame.layers[d.layer];
      const v = paint.values?.[d.index] ?? NaN;
      const classes = this.classList;
      classes.toggle('focus', focus !== null && d.layer === focus.layer && d.index === focus.index);
      classes.toggle('best', d.layer === last && d.index === frame.best);
      classes.toggle('dimmed', !inBand(d));
      classes.toggle('unknown', paint.quantity === 'unknown');
      setAttr(this, 'data-quantity', paint.quantity);
      setAttr(this, 'data-value', Number.isFinite(v) ? String(v) : '');
      const circle = this.querySelector('circle');
      const nudge = this.querySelector('path.nudge');
      const label = this.querySelector('text.neuron-value');
      if (circle) setAttr(circle, 'fill', neuronFill(paint, v, scales[d.layer], colors));
      const arrow =
        frame.nudges?.layer === d.layer
          ? nudgePath(frame.nudges.values[d.index], nudgeScale, d.radius)
          : '';
      if (nudge) setAttr(nudge, 'd', arrow);
      const text = valueLabel(paint.quantity, v);
      if (label) setText(label, text);
    });
}
