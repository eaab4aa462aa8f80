import { useState } from 'react';
import type { Ball } from '../../descent/curve';
import {
  FLIGHT_DOMAIN,
  ballX,
  curveCost,
  curveSlope,
  overshot,
  startBall,
  stepBall,
  valleyOf,
} from '../../descent/curve';
import type { Messages } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { sym } from '../../math/symbols';
import { shownNumber } from '../../math/shownNumber';
import { agreeingDigits } from '../../math/agreeingDigits';
import { texFactor, texNumber } from '../../math/texNumber';
import { CURVE_RATE, pickedValue } from '../../descent/settings';
import { useAppStore } from '../../store/appStore';
import { Tex } from '../ui/Tex';
import { CurvePlot } from './CurvePlot';
import { useDescentColors } from './descentColors';
import { RateSlider } from './RateSlider';
import { useTicker } from './useTicker';
import { useWidth } from './useWidth';

/** Where the other three balls start: two roll into the left valley, one into the middle. */
const OTHER_STARTS = [-4.4, -1.5, 0.7];
const STEP_MS = 120;
type CurveWords = Messages['descent']['curve'];

function startsFor(first: number, several: boolean): Ball[] {
  return (several ? [first, ...OTHER_STARTS] : [first]).map(startBall);
}

function ballStatus(ball: Ball, m: CurveWords): string {
  const x = ballX(ball);
  if (ball.status === 'diverged') return m.diverged;
  if (ball.status === 'settled') return m.atRest(valleyOf(x));
  return overshot(ball) ? m.overshotStatus : m.rolling;
}

/** Why the first ball stopped, or what its last step did, in a sentence. */
function leadMessage(ball: Ball, rate: number, m: CurveWords): string {
  const x = ballX(ball);
  if (ball.status === 'diverged') {
    const [lo, hi] = FLIGHT_DOMAIN;
    return m.divergedMessage({
      rate: shownNumber(rate, 3),
      jump: shownNumber(-rate * curveSlope(x), 3),
      from: shownNumber(x, 3),
      to: Number.isFinite(ball.escapedTo) ? shownNumber(ball.escapedTo!, 3) : null,
      lo,
      hi,
    });
  }
  if (ball.status === 'settled') return m.settledMessage(valleyOf(x));
  if (overshot(ball)) return m.overshotMessage;
  return ball.path.length > 1 ? m.rollingMessage : '';
}

/** Gradient descent on one parameter: a ball that steps by −η·slope on a bumpy cost curve. */
export function CurveCard() {
  const messages = useMessages();
  const words = messages.descent;
  const { comma } = messages.app;
  const m = words.curve;
  const colors = useDescentColors();
  const rate = useAppStore((s) => s.curveRate);
  const setRate = useAppStore((s) => s.setCurveRate);
  const first = useAppStore((s) => s.curveStart);
  const several = useAppStore((s) => s.curveSeveral);
  const setStart = useAppStore((s) => s.setCurveStart);
  const [balls, setBalls] = useState(() => startsFor(first, several));
  const [running, setRunning] = useState(false);
  const [plotRef, width] = useWidth<HTMLDivElement>(560);

  function restart(from: number, many: boolean) {
    setStart(from, many);
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
  const message = leadMessage(lead, rate, m);
  // x and the slope with as many digits as make the shown arithmetic give the shown result.
  const digits = agreeingDigits([x, slope], ([x0, s]) => x0 - rate * s, x + stepSize, 4, 4);
  const update = `x \\leftarrow x - \\eta\\,\\frac{d${sym.C}}{dx} = ${texNumber(x, digits)} - ${texNumber(rate, 3)} \\cdot ${texFactor(slope, digits)} = ${texNumber(x + stepSize, 4)}`;

  return (
    <section className="card descent-card" aria-labelledby="descent-1d-title">
      <h2 id="descent-1d-title">{m.title}</h2>
      <p className="descent-note">
        {m.noteBefore}
        <i>x</i> ← <i>x</i> − <i>η</i>·<Slope />
        {m.noteAfter}
      </p>
      <div className="descent-body">
        <div className="descent-visual" ref={plotRef}>
          <CurvePlot
            balls={balls}
            rate={rate}
            width={width}
            height={330}
            start={first}
            onPick={(px) => restart(pickedValue(px), several)}
          />
        </div>
        <div className="descent-side">
          <div className="descent-controls">
            <RateSlider
              value={rate}
              min={CURVE_RATE.min}
              max={CURVE_RATE.max}
              testId="descent-rate"
              onChange={setRate}
            />
            <div className="row">
              <button onClick={step} disabled={!moving} data-testid="descent-step">
                {words.step}
              </button>
              <button
                className="primary"
                onClick={() => setRunning(!running)}
                disabled={!moving}
                data-testid="descent-run"
              >
                {running ? words.pause : words.run}
              </button>
              <button onClick={() => restart(first, several)} data-testid="descent-reset">
                {words.reset}
              </button>
              <label className="descent-check">
                <input
                  type="checkbox"
                  checked={several}
                  onChange={(e) => restart(first, e.target.checked)}
                  data-testid="descent-several"
                />
                {m.several}
              </label>
            </div>
          </div>
          <dl className="descent-readout">
            <dt>x</dt>
            <dd data-testid="descent-x" data-value={x}>
              {shownNumber(x, 4)}
            </dd>
            <dt className="sym-c">C(x)</dt>
            <dd className="sym-c" data-testid="descent-cost" data-value={curveCost(x)}>
              {shownNumber(curveCost(x), 4)}
            </dd>
            <dt>
              {m.slope} <Slope plain />
            </dt>
            <dd data-testid="descent-slope" data-value={slope}>
              {shownNumber(slope, 4)}
            </dd>
            <dt>{m.stepSize}</dt>
            <dd data-testid="descent-step-size" data-value={stepSize}>
              {shownNumber(stepSize, 4)}
            </dd>
            <dt>{m.stepsTaken}</dt>
            <dd data-testid="descent-steps" data-value={lead.path.length - 1}>
              {lead.path.length - 1}
            </dd>
          </dl>
          {lead.status !== 'diverged' && <Tex tex={update} label={m.update} />}
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
                  <span className="descent-swatch" style={{ background: colors.balls[i] }} />
                  {m.ball(i + 1)}
                  {shownNumber(ballX(b), 3)}
                  {comma}
                  <span className="sym-c">C = {shownNumber(curveCost(ballX(b)), 3)}</span>
                  {comma}
                  {ballStatus(b, m)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

/**
 * dC/dx with an upright d and italic variables, as maths is set; the C is in the cost's colour.
 * `plain` leaves it uncoloured, as in a label.
 */
function Slope({ plain }: { plain?: boolean }) {
  return (
    <>
      <span className={plain ? undefined : 'sym-c'}>
        d<i>C</i>
      </span>
      /d<i>x</i>
    </>
  );
}
