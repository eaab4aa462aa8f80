import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../../i18n/useMessages';
import { messagesFor } from '../../i18n/catalogue';
import { shownNumber } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { displayChanged } from '../../sequence/shownReading';
import { FORGET_BIASES, RNN_SCALE } from '../../sequence/studies';
import { vizColors } from '../../viz/palette';
import { fitCanvas } from '../../viz/sequence/canvasSize';
import type { FlowSeries } from '../../viz/sequence/paintFlowChart';
import { paintFlowChart } from '../../viz/sequence/paintFlowChart';
import { Segmented } from '../ui/Segmented';
import { useCanvasPainter } from './useCanvasPainter';

function paintScaled(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  const trained = s.readings?.rnn?.gradientNorms;
  if (!fitted || !trained || !s.scaledFlow) return;
  const colors = vizColors(s);
  const say = messagesFor(s.language).sequence.scale;
  const series: FlowSeries[] = [
    { norms: trained, color: colors.muted, label: say.asTrained, dash: [4, 4] },
    { norms: s.scaledFlow.norms, color: colors.cost, label: say.scaled(s.rnnScale), dash: [] },
  ];
  paintFlowChart(fitted.ctx, fitted.width, fitted.height, series, colors);
}
const scaledChanged = (s: AppState, prev: AppState) =>
  s.scaledFlow !== prev.scaledFlow || s.readings !== prev.readings || displayChanged(s, prev);

function paintForget(canvas: HTMLCanvasElement, s: AppState): void {
  const fitted = fitCanvas(canvas);
  if (!fitted || !s.forgetFlows) return;
  const colors = vizColors(s);
  const shades = [colors.cost, colors.y, colors.z];
  const series: FlowSeries[] = s.forgetFlows.map((flow, i) => ({
    norms: flow.norms,
    color: FORGET_BIASES[i] === s.forgetBias ? shades[i] : colors.muted,
    label: `b_f = ${FORGET_BIASES[i]}`,
    dash: FORGET_BIASES[i] === s.forgetBias ? [] : [4, 4],
  }));
  paintFlowChart(fitted.ctx, fitted.width, fitted.height, series, colors);
}
const forgetChanged = (s: AppState, prev: AppState) =>
  s.forgetFlows !== prev.forgetFlows || s.forgetBias !== prev.forgetBias || displayChanged(s, prev);

const LOG_MIN = Math.log(RNN_SCALE.min);
const LOG_SPAN = Math.log(RNN_SCALE.max) - LOG_MIN;
const SLIDER_STEPS = 48;

/** U of the trained RNN scaled: σ_max below 1 makes the error vanish going back, far above 1 explode. */
export function ScaleStudy() {
  const ref = useCanvasPainter(paintScaled, scaledChanged);
  const scale = useAppStore((s) => s.rnnScale);
  const setScale = useAppStore((s) => s.setRnnScale);
  const sigma = useAppStore((s) => s.scaledFlow?.sigmaMax ?? null);
  const ratio = useAppStore((s) => {
    const n = s.scaledFlow?.norms;
    return n ? n[0] / n[n.length - 1] : null;
  });
  const say = useMessages().sequence.scale;
  const position = Math.round(((Math.log(scale) - LOG_MIN) / LOG_SPAN) * SLIDER_STEPS);
  return (
    <section className="card seq-study" data-testid="seq-scale-study" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <p className="caption">{say.intro}</p>
      <label className="seq-slider">
        <span>{say.slider}</span>
        <input
          type="range"
          data-testid="seq-rnn-scale"
          min={0}
          max={SLIDER_STEPS}
          value={position}
          onChange={(e) =>
            setScale(
              Number(
                Math.exp(LOG_MIN + (Number(e.target.value) / SLIDER_STEPS) * LOG_SPAN).toPrecision(
                  3,
                ),
              ),
            )
          }
        />
        <b>× {shownNumber(scale)}</b>
      </label>
      <p data-testid="seq-sigma-max" data-value={sigma ?? ''}>
        {sigma === null ? '…' : say.sigma(shownNumber(sigma), sigma < 1)}
      </p>
      <canvas ref={ref} className="seq-study-canvas" role="img" aria-label={say.chartLabel} />
      <p className="caption" data-testid="seq-scaled-ratio" data-value={ratio ?? ''}>
        {ratio === null ? '' : say.ratio(shownNumber(ratio))}
      </p>
    </section>
  );
}

/** The LSTM's forget-gate bias at initialisation: 0 lets the error fade, 1 or 2 keeps it. */
export function ForgetBiasStudy() {
  const ref = useCanvasPainter(paintForget, forgetChanged);
  const bias = useAppStore((s) => s.forgetBias);
  const setBias = useAppStore((s) => s.setForgetBias);
  const ratios = useAppStore(
    useShallow((s) => (s.forgetFlows ?? []).map((f) => f.norms[0] / f.norms[f.norms.length - 1])),
  );
  const say = useMessages().sequence.forget;
  return (
    <section className="card seq-study" data-testid="seq-forget-study" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <p className="caption">{say.intro}</p>
      <div data-testid="seq-forget-bias">
        <Segmented<string>
          label={say.choice}
          kind="radio"
          value={String(bias)}
          options={FORGET_BIASES.map((b) => ({
            value: String(b),
            label: `b_f = ${b}`,
            testId: `seq-forget-bias-${b}`,
          }))}
          onChange={(v) => setBias(Number(v))}
        />
      </div>
      <canvas ref={ref} className="seq-study-canvas" role="img" aria-label={say.chartLabel} />
      <ul className="seq-forget-ratios">
        {ratios.map((r, i) => (
          <li key={i} data-testid={`seq-forget-ratio-${FORGET_BIASES[i]}`} data-value={r}>
            {say.ratio(FORGET_BIASES[i], shownNumber(r))}
          </li>
        ))}
      </ul>
    </section>
  );
}
