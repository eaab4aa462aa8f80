import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import type { LineScale } from '../../lab/chain/numberLine';
import { fromPixel, isOffScale, lineTicks, toPixel } from '../../lab/chain/numberLine';
import type { Quantity } from '../../lab/chain/quantities';
import { isDraggable, quantityColor, quantityId, quantityLabel } from '../../lab/chain/quantities';
import { arrowNudge } from '../ui/arrowNudge';
import { useVizColors } from '../ui/useVizColors';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

/** Arrow keys move a marker by this much (Shift: ten times as far). */
const KEY_STEP = 0.01;

interface ChainNumberLineProps {
  quantity: Quantity;
  value: number;
  /** Where the marker was when the current nudge began; null draws no ghost. */
  ghost: number | null;
  scale: LineScale;
  /** Height of the line; the label sits centred above it. */
  y: number;
  labelAbove: number;
  studied: boolean;
  onGrab(): void;
  onDrag(value: number): void;
  onNudge(by: number): void;
}

/** One quantity of the chain on its own number line, with a marker to drag if it is free. */
export function ChainNumberLine(props: ChainNumberLineProps) {
  const { quantity, value, ghost, scale, y, studied } = props;
  const dragging = useRef(false);
  const m = useMessages().lab.chain;
  const id = quantityId(quantity);
  const colors = useVizColors();
  const color = quantityColor(quantity, colors);
  const free = isDraggable(quantity);
  const x = toPixel(scale, value);
  const ghostX = ghost !== null && Math.abs(ghost - value) > 1e-12 ? toPixel(scale, ghost) : null;

  const valueAt = (e: PointerEvent<SVGGElement>) => {
    const left = e.currentTarget.ownerSVGElement?.getBoundingClientRect().left ?? 0;
    return fromPixel(scale, e.clientX - left);
  };
  const down = (e: PointerEvent<SVGGElement>) => {
    if (!free || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = true;
    props.onGrab();
    props.onDrag(valueAt(e));
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    if (dragging.current) props.onDrag(valueAt(e));
  };
  const up = () => {
    dragging.current = false;
  };
  const key = (e: KeyboardEvent<SVGCircleElement>) => {
    const nudge = arrowNudge(e.key, e.shiftKey);
    if (!nudge) return;
    e.preventDefault();
    props.onNudge((nudge.dx + nudge.dy) * KEY_STEP);
  };

  return (
    <g
      className={`chain-line${free ? ' free' : ''}${studied ? ' studied' : ''}`}
      data-testid={`chain-line-${id}`}
      data-value={value}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    >
      <text
        className="chain-label"
        x={(scale.x0 + scale.x1) / 2}
        y={y - props.labelAbove}
        textAnchor="middle"
      >
        <tspan className="chain-symbol" fill={color}>
          {quantityLabel(quantity)}
        </tspan>
        <tspan className="chain-value" data-testid={`chain-value-${id}`}>
          {` = ${shownNumber(value, 4)}`}
        </tspan>
      </text>
      <rect
        className="chain-hit"
        x={scale.x0 - 12}
        y={y - 16}
        width={scale.x1 - scale.x0 + 24}
        height={32}
      />
      <line className="chain-axis" x1={scale.x0} x2={scale.x1} y1={y} y2={y} />
      {lineTicks(scale.domain).map((t) => (
        <line
          key={t}
          className="chain-tick"
          x1={toPixel(scale, t)}
          x2={toPixel(scale, t)}
          y1={y - 6}
          y2={y + 6}
        />
      ))}
      {[0, 1].map((end) => (
        <text
          key={end}
          className="chain-tick-label"
          x={end ? scale.x1 : scale.x0}
          y={y + 22}
          textAnchor="middle"
        >
          {shownNumber(scale.domain[end], 4)}
        </text>
      ))}
      {ghostX !== null && (
        <>
          <line className="chain-nudge" x1={ghostX} x2={x} y1={y} y2={y} stroke={color} />
          <circle className="chain-ghost" cx={ghostX} cy={y} r={7} stroke={color} />
        </>
      )}
      <circle
        className={`chain-marker${isOffScale(scale, value) ? ' off-scale' : ''}`}
        data-testid={`chain-marker-${id}`}
        cx={x}
        cy={y}
        r={free ? 11 : 9}
        fill={free ? color : 'none'}
        stroke={free ? colors.background : color}
        {...(free && {
          tabIndex: 0,
          role: 'slider',
          'aria-label': m.markerLabel(quantityLabel(quantity)),
          'aria-valuetext': shownNumber(value, 4),
          'aria-valuemin': scale.domain[0],
          'aria-valuemax': scale.domain[1],
          'aria-valuenow': value,
          onKeyDown: key,
        })}
      />
    </g>
  );
}
