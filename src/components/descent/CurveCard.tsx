import { useState } from 'react';
import type { Ball } from '../../descent/curve';
import {
  CURVE_DOMAIN,
  ballX,
  curveCost,
  curveSlope,
  overshot,
  startBall,
  stepBall,
  valleyOf,
} from '../../descent/curve';
import { sym } from '../../math/symbols';
import { plainNumber, texFactor, texNumber } from '../../math/texNumber';
import { Tex } from '../Tex';
import { CurvePlot } from './CurvePlot';
import { BALL_COLORS } from './descentColors';
import { RateSlider } from './RateSlider';
import { useTicker } from './useTicker';
import { useWidth } from './useWidth';

const RATE = { min: 0.001, max: 31.6, initial: 0.05 };
const FIRST_START = 4.2;
/** Where the other three balls start: two roll into the left valley, one into the middle. */
const OTHER_STARTS = [-4.4, -1.5, 0.7];
const STEP_MS = 120;
const VALLEYS = ['left', 'middle', 'right'];

function startsFor(first: number, several: boolean): Ball[] {
  return (several ? [first, ...OTHER_STARTS] : [first]).map(startBall);
}

function ballStatus(ball: Ball): string {
  const x = ballX(ball);
  if (ball.status === 'diverged') return 'diverged';
  if (ball.status === 'settled') return `at rest in the ${VALLEYS[valleyOf(x)]} valley`;
  return overshot(ball) ? 'overshot the bottom' : 'rolling';
}

/** Why the first ball stopped, or what its last step did, in a sentence. */
function leadMessage(ball: Ball, rate: number): string {
  const x = ballX(ball);
  if (ball.status === 'diverged') {
    const jump = plainNumber(-rate * curveSlope(x), 3);
    const to = Number.isFinite(ball.escapedTo)
      ? `x = ${plainNumber(ball.escapedTo!, 3)}`
      : 'infinity';
    const [lo, hi] = CURVE_DOMAIN;
    return `Diverged: at η = ${plainNumber(rate, 3)} the step −η·slope = ${jump} would throw the ball from x = ${plainNumber(x, 3)} to ${to}, off the curve (x runs from ${lo} to ${hi}). The ball is stopped; lower η and press Reset.`;
  }
  if (ball.status === 'settled') {
    return `At rest at the bottom of the ${VALLEYS[valleyOf(x)]} valley: the slope is 0, so the step is 0. A different start may find a different valley.`;
  }
  if (overshot(ball)) {
    return 'Overshot: the step jumped past the bottom and the slope changed sign. A smaller η would not.';
  }
  return ball.path.length > 1 ? 'Rolling downhill: every step goes against the slope.' : '';
}

/** Gradient descent on one parameter: a ball that steps by −η·slope on a bumpy cost curve. */
export function CurveCard() {
  const [rate, setRate] = useState(RATE.initial);
  const [first, setFirst] = useState(FIRST_START);
  const [several, setSeveral] = useState(false);
  const [balls, setBalls] = useState(() => startsFor(FIRST_START, false));
  const [running, setRunning] = useState(false);
  const [plotRef, width] = useWidth<HTMLDivElement>(560);

  function restart(from: number, many: boolean) {
    setFirst(from);
    setSeveral(many);
    setBalls(startsFor(from, many));
    setRunning(false);
  }

  function step() {
    const next = balls.map((b) => stepBall(b, rate));
    setBalls(next);
    if (!next.some((b) => b.status === 'rolling')) setRunning(false);
  }
  useTicker(running, STEP_MS, step);

  const lead = balls[0];
  const x = ballX(lead);
  const slope = curveSlope(x);
  const stepSize = -rate * slope;
  const moving = balls.some((b) => b.status === 'rolling');
  const message = leadMessage(lead, rate);
  const update = `x \\leftarrow x - \\eta\\,\\frac{d${sym.C}}{dx} = ${texNumber(x, 4)} - ${texNumber(rate, 3)} \\cdot ${texFactor(slope, 3)} = ${texNumber(x + stepSize, 4)}`;

  return (
    <section className="card descent-card" aria-labelledby="descent-1d-title">
      <h2 id="descent-1d-title">1 · One parameter: roll downhill</h2>
      <p className="descent-note">
        Look at the slope where you stand and step against it: <i>x</i> ← <i>x</i> − <i>η</i>·
        <span className="sym-c">dC</span>/dx. Which valley you end in depends on where you start.
      </p>
      <div className="descent-body">
        <div className="descent-visual" ref={plotRef}>
          <CurvePlot
            balls={balls}
            rate={rate}
            width={width}
            height={330}
            onPick={(px) => restart(Math.round(px * 100) / 100, several)}
          />
        </div>
        <div className="descent-side">
          <div className="descent-controls">
            <RateSlider
              value={rate}
              min={RATE.min}
              max={RATE.max}
              testId="descent-rate"
              onChange={setRate}
            />
            <div className="row">
              <button onClick={step} disabled={!moving} data-testid="descent-step">
                Step
              </button>
              <button
                className="primary"
                onClick={() => setRunning(!running)}
                disabled={!moving}
                data-testid="descent-run"
              >
                {running ? 'Pause' : 'Run'}
              </button>
              <button onClick={() => restart(first, several)} data-testid="descent-reset">
                Reset
              </button>
              <label className="descent-check">
                <input
                  type="checkbox"
                  checked={several}
                  onChange={(e) => restart(first, e.target.checked)}
                  data-testid="descent-several"
                />
                Four balls, four starts
              </label>
            </div>
          </div>
          <dl className="descent-readout">
            <dt>x</dt>
            <dd data-testid="descent-x" data-value={x}>
              {plainNumber(x, 4)}
            </dd>
            <dt className="sym-c">C(x)</dt>
            <dd className="sym-c" data-testid="descent-cost" data-value={curveCost(x)}>
              {plainNumber(curveCost(x), 4)}
            </dd>
            <dt>slope dC/dx</dt>
            <dd data-testid="descent-slope" data-value={slope}>
              {plainNumber(slope, 4)}
            </dd>
            <dt>step −η·slope</dt>
            <dd data-testid="descent-step-size" data-value={stepSize}>
              {plainNumber(stepSize, 4)}
            </dd>
            <dt>steps taken</dt>
            <dd data-testid="descent-steps" data-value={lead.path.length - 1}>
              {lead.path.length - 1}
            </dd>
          </dl>
          {lead.status !== 'diverged' && <Tex tex={update} label="The update of x" />}
          <p
            className={lead.status === 'diverged' ? 'descent-alert' : 'descent-status'}
            role={lead.status === 'diverged' ? 'alert' : 'status'}
            data-testid="descent-message"
            data-status={lead.status}
          >
            {message}
          </p>
          {several && (
            <ul className="descent-balls" data-testid="descent-balls">
              {balls.map((b, i) => (
                <li key={i} data-testid={`descent-ball-status-${i}`} data-status={b.status}>
                  <span className="descent-swatch" style={{ background: BALL_COLORS[i] }} />
                  Ball {i + 1}: x = {plainNumber(ballX(b), 3)},{' '}
                  <span className="sym-c">C = {plainNumber(curveCost(ballX(b)), 3)}</span>,{' '}
                  {ballStatus(b)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
