import type { CellKind } from '../../engine/recurrent/recurrentModel';
import { CELL_KINDS } from '../../engine/recurrent/recurrentModel';
import { messagesFor } from '../../i18n/catalogue';
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { SEQUENCE_STEPS, displayChanged } from '../../sequence/shownReading';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import type { FlowSeries } from '../../viz/sequence/paintFlowChart';
import { paintFlowChart } from '../../viz/sequence/paintFlowChart';
import { cellStyle } from './flowSeries';
import { StepBars } from './StepBars';
import { useCanvasPainter } from './useCanvasPainter';

function paint(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  if (!fitted || !s.readings) return;
  const colors = vizColors(s);
  const names = messagesFor(s.language).sequence.cells.name;
  const series: FlowSeries[] = CELL_KINDS.flatMap((cell) => {
    const reading = s.readings?.[cell];
    return reading
      ? [{ norms: reading.gradientNorms, label: names[cell], ...cellStyle(cell, colors) }]
      : [];
  });
  paintFlowChart(fitted.ctx, fitted.width, fitted.height, series, colors);
}

const flowChanged = (s: AppState, prev: AppState) =>
  s.readings !== prev.readings || displayChanged(s, prev);

const chosenNorms = (s: AppState) => s.readings?.[s.sequenceCell]?.gradientNorms ?? null;
const rowShares = (s: AppState) =>
  s.readings?.[s.sequenceCell]?.trace.layers[0].contributionW ?? null;

/** ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖: the share of the last step's error that reaches the first row. */
const firstToLast = (s: AppState, cell: CellKind) => {
  const norms = s.readings?.[cell]?.gradientNorms;
  return norms ? norms[0] / norms[SEQUENCE_STEPS - 1] : null;
};

/**
 * Vanishing and exploding gradients, measured on the digit on screen: how much of the error
 * reaches each step back, for the three cells side by side, and each row's share of ∂L/∂W.
 */
export function GradientFlowCard() {
  const ref = useCanvasPainter(paint, flowChanged);
  const m = useMessages();
  const say = m.sequence.flow;
  const cell = useAppStore((s) => s.sequenceCell);
  const ratios = useAppStore(useShallow((s) => CELL_KINDS.map((cell) => firstToLast(s, cell))));
  return (
    <section className="card seq-flow" data-testid="seq-gradient-flow" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <p className="caption">{say.intro}</p>
      <div className="seq-flow-grid">
        <figure>
          <canvas ref={ref} className="seq-flow-canvas" role="img" aria-label={say.chartLabel} />
          <figcaption className="caption">{say.chartCaption}</figcaption>
        </figure>
        <div>
          <table className="seq-ratios">
            <caption>{say.ratioCaption}</caption>
            <tbody>
              {CELL_KINDS.map((cell, i) => {
                const value = ratios[i];
                return (
                  <tr key={cell}>
                    <th scope="row">{m.sequence.cells.name[cell]}</th>
                    <td data-testid={`seq-flow-ratio-${cell}`} data-value={value ?? ''}>
                      {value === null ? '…' : shownNumber(value)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{say.chosenHeading(m.sequence.cells.name[cell])}</h3>
          <StepBars
            values={chosenNorms}
            testIdPrefix="seq-grad-norm"
            label={say.normBars}
            tone="gradient"
          />
          <h3>{say.sharesHeading}</h3>
          <StepBars
            values={rowShares}
            testIdPrefix="seq-row-share"
            label={say.shareBars}
            tone="share"
          />
          <p className="caption">{say.sharesCaption}</p>
        </div>
      </div>
    </section>
  );
}
