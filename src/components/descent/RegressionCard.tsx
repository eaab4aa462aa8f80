import { useMemo, useState } from 'react';
import type { DescentRun } from '../../descent/descentRun';
import { advanceRun, batchesPerEpoch, miniBatch, startRun } from '../../descent/descentRun';
import { sampleGrid } from '../../descent/grid';
import type { FitBatch } from '../../descent/settings';
import { B_DOMAIN, FIT_BATCHES, FIT_RATE, W_DOMAIN, pickedValue } from '../../descent/settings';
import type { Params } from '../../descent/regression';
import {
  leastSquares,
  makePoints,
  regressionCost,
  regressionGradient,
} from '../../descent/regression';
import { useMessages } from '../../i18n/useMessages';
import { groupDigits, shownNumber } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { Segmented } from '../ui/Segmented';
import type { MapArrow, Point } from './ContourMap';
import { ContourMap } from './ContourMap';
import { CostSteps } from './CostSteps';
import { useDescentColors } from './descentColors';
import { FitPlot } from './FitPlot';
import { RateSlider } from './RateSlider';
import { ShadeLegend } from './ShadeLegend';
import { useTicker } from './useTicker';
import { useWidth } from './useWidth';

const N = 200;
const DATA_SEED = 7;
const SHUFFLE_SEED = 1;
const GRID = 61;
/** Arrows show −∇C at this fraction of its length in (w, b) units, so they fit on the map. */
const ARROW_SCALE = 0.15;
const STEP_MS = 150;
/** How far an arrow key moves the start on the (w, b) map. */
const KEY_STEP = 0.1;

const toPoint = (p: Params): Point => [p.w, p.b];

function arrow(id: string, at: Params, g: Params, color: string, dashed: boolean): MapArrow {
  const to: Point = [at.w - ARROW_SCALE * g.w, at.b - ARROW_SCALE * g.b];
  return { id, from: toPoint(at), to, color, dashed };
}

/** Full-batch gradient descent and SGD side by side on a least-squares fit of 200 points. */
export function RegressionCard() {
  const words = useMessages().descent;
  const m = words.regression;
  const colors = useDescentColors();
  const points = useMemo(() => makePoints(N, DATA_SEED), []);
  const grid = useMemo(
    () => sampleGrid((w, b) => regressionCost(points, { w, b }), W_DOMAIN, B_DOMAIN, GRID),
    [points],
  );
  const best = useMemo(() => leastSquares(points), [points]);
  const rate = useAppStore((s) => s.fitRate);
  const setRate = useAppStore((s) => s.setFitRate);
  const batch = useAppStore((s) => s.fitBatch);
  const setBatch = useAppStore((s) => s.setFitBatch);
  const start = useAppStore((s) => s.fitStart);
  const setStart = useAppStore((s) => s.setFitStart);
  const [run, setRun] = useState<DescentRun>(() => startRun(start));
  const [running, setRunning] = useState(false);
  const [mapRef, mapWidth] = useWidth<HTMLDivElement>(560);
  const [stripRef, stripWidth] = useWidth<HTMLDivElement>(560);
  const batchSize = Number(batch);

  function restart(from: Params) {
    setStart(from);
    setRun(startRun(from));
    setRunning(false);
  }

  function step() {
    const next = advanceRun(run, points, rate, batchSize, SHUFFLE_SEED);
    setRun(next);
    if (next.divergedAt !== null) setRunning(false);
  }
  useTicker(running, STEP_MS, step);

  const gd = run.gd[run.gd.length - 1];
  const sgd = run.sgd[run.sgd.length - 1];
  const gradient = regressionGradient(points, gd);
  const nextBatch = miniBatch(N, batchSize, SHUFFLE_SEED, run.steps);
  const batchGradient = regressionGradient(points, sgd, nextBatch);
  const gdCosts = run.gd.map((p) => regressionCost(points, p));
  const sgdCosts = run.sgd.map((p) => regressionCost(points, p));
  const perEpoch = batchesPerEpoch(N, batchSize);
  const mapHeight = Math.round(Math.min(360, mapWidth * 0.58));
  const halfStrip = Math.floor((stripWidth - 12) / 2);

  return (
    <section className="card descent-card" aria-labelledby="descent-2d-title">
      <h2 id="descent-2d-title">{m.title}</h2>
      <p className="descent-note">
        {m.fitLine}
        <i>y</i> ≈ <span className="sym-w">w</span>·<i>x</i> + <span className="sym-b">b</span>
        {m.toPoints(N)}
        <span className="sym-c">C(w, b)</span>
        {m.bowl}
        <span className="sym-c">C</span>
        {m.explain(N)}
      </p>
      <div className="descent-body">
        <div className="descent-visual" ref={mapRef}>
          <ContourMap
            values={grid}
            n={GRID}
            xDomain={W_DOMAIN}
            yDomain={B_DOMAIN}
            label={m.map}
            width={mapWidth}
            height={mapHeight}
            xLabel={<tspan className="sym-w">{m.wAxis}</tspan>}
            yLabel={<tspan className="sym-b">{m.bAxis}</tspan>}
            paths={[
              { id: 'sgd', points: run.sgd.map(toPoint), color: colors.sgd },
              { id: 'gd', points: run.gd.map(toPoint), color: colors.gd },
            ]}
            arrows={[
              arrow('sgd', sgd, batchGradient, colors.sgd, true),
              arrow('gd', gd, gradient, colors.downhill, false),
            ]}
            markers={[
              { id: 'best', at: toPoint(best), color: colors.minimum, shape: 'cross' },
              { id: 'sgd', at: toPoint(sgd), color: colors.sgd, shape: 'dot' },
              { id: 'gd', at: toPoint(gd), color: colors.gd, shape: 'dot' },
            ]}
            testId="descent2d-map"
            pick={{
              at: [start.w, start.b],
              step: KEY_STEP,
              label: m.pickStart(shownNumber(start.w, 3), shownNumber(start.b, 3)),
              onPick: (w, b) => restart({ w: pickedValue(w), b: pickedValue(b) }),
            }}
          />
          <p className="descent-legend-line">
            <span style={{ color: colors.gd }}>● {m.gd}</span>
            <span style={{ color: colors.downhill }}>→ −∇C</span>
            <span style={{ color: colors.sgd }}>● {m.sgdArrow}</span>
            <span style={{ color: colors.minimum }}>✕ {m.minimum}</span>
          </p>
          <ShadeLegend values={grid} testId="descent2d-shade" />
        </div>
        <div className="descent-side">
          <div className="descent-controls">
            <RateSlider
              value={rate}
              min={FIT_RATE.min}
              max={FIT_RATE.max}
              testId="descent2d-rate"
              onChange={setRate}
            />
            <div className="descent-field">
              <span>{m.batchSize}</span>
              <Segmented<FitBatch>
                label={m.batchSize}
                kind="radio"
                value={batch}
                options={FIT_BATCHES.map((b) => ({
                  value: b,
                  label: b,
                  testId: `descent2d-batch-${b}`,
                }))}
                onChange={(b) => {
                  setBatch(b);
                  restart(start);
                }}
              />
            </div>
            <div className="row">
              <button
                onClick={step}
                disabled={run.divergedAt !== null}
                data-testid="descent2d-step"
              >
                {words.step}
              </button>
              <button
                className="primary"
                onClick={() => setRunning(!running)}
                disabled={run.divergedAt !== null}
                data-testid="descent2d-run"
              >
                {running ? words.pause : words.run}
              </button>
              <button onClick={() => restart(start)} data-testid="descent2d-reset">
                {words.reset}
              </button>
            </div>
          </div>
          <dl className="descent-readout descent-readout-3">
            <dt />
            <dd className="descent-head" style={{ color: colors.gd }}>
              {m.gd}
            </dd>
            <dd className="descent-head" style={{ color: colors.sgd }}>
              {m.sgdBatch(batchSize)}
            </dd>
            <dt className="sym-c">{m.costNow}</dt>
            <dd className="sym-c" data-testid="descent2d-gd-cost" data-value={gdCosts.at(-1)}>
              {shownNumber(gdCosts.at(-1)!, 4)}
            </dd>
            <dd className="sym-c" data-testid="descent2d-sgd-cost" data-value={sgdCosts.at(-1)}>
              {shownNumber(sgdCosts.at(-1)!, 4)}
            </dd>
            <dt>{m.gradientUsed}</dt>
            <dd>
              ({shownNumber(-gradient.w, 3)}, {shownNumber(-gradient.b, 3)})
            </dd>
            <dd>
              ({shownNumber(-batchGradient.w, 3)}, {shownNumber(-batchGradient.b, 3)})
            </dd>
            <dt>{m.pointsRead}</dt>
            <dd>{groupDigits(run.steps * N)}</dd>
            <dd>
              {groupDigits(run.steps * batchSize)}
              {m.epoch(Math.floor(run.steps / perEpoch) + 1)}
            </dd>
          </dl>
          <p className="descent-status" data-testid="descent2d-steps" data-value={run.steps}>
            {m.stepsFrom(run.steps)}{' '}
            <span className="sym-c" data-testid="descent2d-start-cost" data-value={gdCosts[0]}>
              C = {shownNumber(gdCosts[0], 4)}
            </span>
          </p>
          {run.divergedAt !== null && (
            <p className="descent-alert" role="alert" data-testid="descent2d-diverged">
              {m.diverged(shownNumber(rate, 3))}
            </p>
          )}
        </div>
        <div className="descent-extra descent-strip" ref={stripRef}>
          <CostSteps
            series={[
              { id: 'gd', label: m.gd, costs: gdCosts, color: colors.gd },
              { id: 'sgd', label: m.sgd, costs: sgdCosts, color: colors.sgd },
            ]}
            width={halfStrip}
            height={190}
            testId="descent2d-costs"
          />
          <FitPlot
            points={points}
            lines={[
              { id: 'sgd', params: sgd, color: colors.sgd },
              { id: 'gd', params: gd, color: colors.gd },
            ]}
            width={halfStrip}
            height={190}
          />
        </div>
      </div>
    </section>
  );
}
