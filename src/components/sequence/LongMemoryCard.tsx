import type { CellKind } from '../../engine/recurrent/recurrentModel';
import { CELL_KINDS } from '../../engine/recurrent/recurrentModel';
import type { Filler } from '../../engine/recurrent/sequences';
import { LONG_MEMORY_DELAY } from '../../engine/recurrent/longMemory';
import { messagesFor } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { groupDigits, shownScore } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { longMemoryKey } from '../../store/sequenceSlice';
import { displayChanged } from '../../sequence/shownReading';
import { LONG_MEMORY_FORGET_BIASES } from '../../sequence/studies';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import { paintFlowChart } from '../../viz/sequence/paintFlowChart';
import type { RunCurve } from '../../viz/sequence/paintRunsChart';
import { paintRunsChart } from '../../viz/sequence/paintRunsChart';
import { Segmented } from '../ui/Segmented';
import { cellStyle } from './flowSeries';
import { useCanvasPainter } from './useCanvasPainter';

/** The latest report of the run now chosen (cell, and the LSTM's bias). */
const latestReport = (s: AppState) =>
  s.longMemoryRuns[longMemoryKey(s.longMemory.cell, s.longMemory.forgetBias)]?.at(-1) ?? null;

const runsChanged = (s: AppState, prev: AppState) =>
  s.longMemoryRuns !== prev.longMemoryRuns ||
  s.longMemory !== prev.longMemory ||
  displayChanged(s, prev);

/** The latest run of each cell (and LSTM bias): its label and line style, and its last report. */
function latestRuns(s: AppState) {
  const colors = vizColors(s);
  const names = messagesFor(s.language).sequence.cells.name;
  return Object.values(s.longMemoryRuns).flatMap((reports) => {
    const last = reports.at(-1);
    if (!last) return [];
    const { cell, forgetBias } = last.settings;
    const label = cell === 'lstm' ? `${names.lstm} (b_f = ${forgetBias})` : names[cell];
    return [{ label, ...cellStyle(cell, colors), reports, last }];
  });
}

function paintRuns(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const runs = latestRuns(s);
  if (!fitted || runs.length === 0) return;
  const curves: RunCurve[] = runs.map(({ label, color, dash, reports }) => ({
    label,
    color,
    dash,
    points: reports.flatMap((r) =>
      r.heldOutAccuracy === null ? [] : [[r.examplesSeen, r.heldOutAccuracy] as const],
    ),
  }));
  paintRunsChart(
    fitted.ctx,
    fitted.width,
    fitted.height,
    curves,
    runs[0].last.budget,
    vizColors(s),
  );
}

/** Every run's latest ‖∂L/∂h_t‖ on the probe digit: where the error still reaches, per cell. */
function paintProbe(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const runs = latestRuns(s);
  if (!fitted || runs.length === 0) return;
  const series = runs.map(({ label, color, dash, last }) => ({
    norms: last.gradientNorms,
    label,
    color,
    dash,
  }));
  paintFlowChart(fitted.ctx, fitted.width, fitted.height, series, vizColors(s));
}

/**
 * Long memory, trained live: the digit's rows, then T rows of nothing, the answer asked only
 * at the end. The error must cross all T rows to reach the digit: the vanilla RNN's does not,
 * the LSTM's and GRU's do.
 */
export function LongMemoryCard() {
  const runsRef = useCanvasPainter(paintRuns, runsChanged);
  const probeRef = useCanvasPainter(paintProbe, runsChanged);
  const choice = useAppStore((s) => s.longMemory);
  const running = useAppStore((s) => s.longMemoryRunning);
  const set = useAppStore((s) => s.setLongMemory);
  const start = useAppStore((s) => s.startLongMemory);
  const stop = useAppStore((s) => s.stopLongMemory);
  const seen = useAppStore((s) => latestReport(s)?.examplesSeen ?? null);
  const budget = useAppStore((s) => latestReport(s)?.budget ?? null);
  const accuracy = useAppStore((s) => latestReport(s)?.heldOutAccuracy ?? null);
  const m = useMessages();
  const say = m.sequence.longMemory;
  return (
    <section className="card seq-long" data-testid="seq-long-memory" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <p className="caption">{say.intro}</p>
      <div className="seq-long-controls">
        <Segmented<CellKind>
          label={m.sequence.cells.label}
          kind="radio"
          value={choice.cell}
          options={CELL_KINDS.map((cell) => ({
            value: cell,
            label: m.sequence.cells.name[cell],
            testId: `seq-long-cell-${cell}`,
          }))}
          onChange={(cell) => set({ cell })}
        />
        <label className="seq-slider">
          <span>{say.delay}</span>
          <input
            type="range"
            data-testid="seq-long-delay"
            min={LONG_MEMORY_DELAY.min}
            max={LONG_MEMORY_DELAY.max}
            step={10}
            value={choice.delay}
            disabled={running}
            onChange={(e) => set({ delay: Number(e.target.value) })}
          />
          <b>T = {choice.delay}</b>
        </label>
        <Segmented<Filler>
          label={say.filler}
          kind="radio"
          value={choice.filler}
          options={[
            { value: 'blank', label: say.blank, testId: 'seq-long-blank' },
            { value: 'noise', label: say.noise, testId: 'seq-long-noise' },
          ]}
          onChange={(filler) => set({ filler })}
        />
        <button
          type="button"
          className="primary"
          data-testid="seq-long-train"
          onClick={() => (running ? stop() : start())}
        >
          {running ? say.stop : say.train}
        </button>
      </div>
      {choice.cell === 'lstm' && (
        <div className="seq-long-bias">
          <Segmented<string>
            label={say.biasChoice}
            kind="radio"
            value={String(choice.forgetBias)}
            options={LONG_MEMORY_FORGET_BIASES.map((b) => ({
              value: String(b),
              label: `b_f = ${b}`,
              testId: `seq-long-bias-${b}`,
            }))}
            onChange={(v) => set({ forgetBias: Number(v) })}
          />
          <p className="caption">{say.biasNote}</p>
        </div>
      )}
      {choice.cell === 'gru' && <p className="caption">{say.gruNote}</p>}
      <p data-testid="seq-long-progress" data-value={accuracy ?? ''}>
        {seen === null || budget === null
          ? say.notRun
          : say.progress(groupDigits(seen), groupDigits(budget), shownScore(accuracy))}
      </p>
      <div className="seq-long-charts">
        <figure>
          <figcaption>{say.runsHeading}</figcaption>
          <canvas
            ref={runsRef}
            className="seq-study-canvas"
            role="img"
            aria-label={say.runsLabel}
          />
        </figure>
        <figure>
          <figcaption>{say.probeHeading}</figcaption>
          <canvas
            ref={probeRef}
            className="seq-study-canvas"
            role="img"
            aria-label={say.probeLabel}
          />
        </figure>
      </div>
    </section>
  );
}
