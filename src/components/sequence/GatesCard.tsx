import { useCallback } from 'react';
import { useMessages } from '../../i18n/useMessages';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import type { MapName } from '../../sequence/gateMaps';
import { gateMaps } from '../../sequence/gateMaps';
import { SEQUENCE_STEPS, settledReadingChanged, shownReading } from '../../sequence/shownReading';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import { paintGateMap } from '../../viz/sequence/paintGateMap';
import { SwatchLegend } from './SwatchLegend';
import { useCanvasPainter } from './useCanvasPainter';

function GateMapCanvas({ name, label }: { name: MapName; label: string }) {
  const paint = useCallback(
    (canvas: HTMLCanvasElement, s: AppState) => {
      const fitted = fitCanvas(canvas);
      const shown = shownReading(s);
      if (!fitted || !shown) return;
      const map = gateMaps(shown.reading.cell, shown.reading.trace.layers[0]).find(
        (m) => m.name === name,
      );
      if (!map) return;
      const rowsRead = shown.point.phase === 'forward' ? shown.point.t : SEQUENCE_STEPS;
      paintGateMap(
        fitted.ctx,
        fitted.width,
        fitted.height,
        map.values,
        map.kind,
        rowsRead,
        shown.point.t,
        vizColors(s),
      );
    },
    [name],
  );
  const ref = useCanvasPainter(paint, settledReadingChanged);
  return (
    <canvas
      ref={ref}
      className="seq-gate-map"
      role="img"
      aria-label={label}
      data-testid={`seq-gate-${name}`}
    />
  );
}

/**
 * The gates at work over the 28 steps, one map each (a column per step, a row per unit): the
 * LSTM's forget, input and output gates beside its cell state and hidden state; the GRU's
 * update and reset gates.
 */
export function GatesCard() {
  const cell = useAppStore((s) => s.readings?.[s.sequenceCell]?.cell ?? null);
  const names = useAppStore((s) => {
    const reading = s.readings?.[s.sequenceCell];
    return reading
      ? gateMaps(reading.cell, reading.trace.layers[0])
          .map((m) => m.name)
          .join(' ')
      : '';
  });
  const say = useMessages().sequence.gates;
  return (
    <section className="card seq-gates" data-testid="seq-gates" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <p className="caption">{cell ? say.intro[cell] : ''}</p>
      <div className="seq-gate-grid">
        {names
          .split(' ')
          .filter(Boolean)
          .map((name) => (
            <figure key={name}>
              <figcaption>{say.map[name as MapName]}</figcaption>
              <GateMapCanvas name={name as MapName} label={say.map[name as MapName]} />
            </figure>
          ))}
      </div>
      <p className="caption">{say.legend}</p>
      <SwatchLegend
        label={say.swatches.label}
        entries={[
          { color: '--image-base', text: say.swatches.closed },
          { color: '--z', text: say.swatches.open },
          { color: '--pos', text: say.swatches.positive },
          { color: '--neg', text: say.swatches.negative },
        ]}
      />
    </section>
  );
}
