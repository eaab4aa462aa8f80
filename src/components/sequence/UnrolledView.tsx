import type { PointerEvent } from 'react';
import { argmax } from '../../engine/network';
import { useMessages } from '../../i18n/useMessages';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { SEQUENCE_STEPS, readingChanged, shownReading } from '../../sequence/shownReading';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import { paintUnrolled } from '../../viz/sequence/paintUnrolled';
import { unrolledHit, unrolledLayout } from '../../viz/sequence/unrolledLayout';
import { messagesFor } from '../../i18n/catalogue';
import { useCanvasPainter } from './useCanvasPainter';

function layoutOf(canvas: HTMLCanvasElement, units: number) {
  return unrolledLayout(canvas.clientWidth, canvas.clientHeight, SEQUENCE_STEPS, units);
}

function paint(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const shown = shownReading(s);
  if (!fitted || !shown) return;
  const { reading, input, point, unit } = shown;
  const cell = reading.trace.layers[0];
  paintUnrolled(
    fitted.ctx,
    layoutOf(canvas, cell.h[0].length),
    {
      h: cell.h,
      dLdh: cell.dLdh,
      input,
      rowLength: SEQUENCE_STEPS,
      point,
      unit,
      answer: argmax(reading.trace.probabilities),
      cellName: messagesFor(s.language).sequence.cellShort[reading.cell],
    },
    vizColors(s),
  );
}

/**
 * The network unrolled in time, painted from the store. Pointing at a strip chooses the hidden
 * unit the formulas follow; a click moves the timeline to that step (in the current phase).
 */
export function UnrolledView() {
  const ref = useCanvasPainter(paint, readingChanged);
  const say = useMessages().sequence.unrolled;
  const hit = (event: PointerEvent<HTMLCanvasElement>) => {
    const s = useAppStore.getState();
    const shown = shownReading(s);
    const canvas = ref.current;
    if (!shown || !canvas) return null;
    const box = canvas.getBoundingClientRect();
    const layout = layoutOf(canvas, shown.reading.trace.layers[0].h[0].length);
    return unrolledHit(layout, event.clientX - box.left, event.clientY - box.top);
  };
  const choose = (event: PointerEvent<HTMLCanvasElement>) => {
    const at = hit(event);
    if (!at) return;
    const s = useAppStore.getState();
    s.setSequenceUnit(at.unit);
    const backward = s.sequenceStep >= SEQUENCE_STEPS;
    s.setSequenceStep(backward ? 2 * SEQUENCE_STEPS - at.t : at.t - 1);
  };
  return (
    <canvas
      ref={ref}
      className="seq-unrolled-canvas"
      role="img"
      aria-label={say.label}
      data-testid="seq-unrolled"
      onPointerDown={choose}
    />
  );
}
