import { useEffect, useState } from 'react';
import type { Said } from '../../bridge/engineError';
import { saidOfFailure } from '../../bridge/engineError';
import type { CostSurface, WeightRef } from '../../engine/costSurface';
import { defaultSurfaceWeights, sameWeight } from '../../descent/surfaceWeights';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { useThrottledSnapshot } from '../../store/useThrottledSnapshot';
import { useEngine } from '../EngineContext';
import { SaidText } from '../ui/SaidText';
import type { Point } from './ContourMap';
import { ContourMap } from './ContourMap';
import { useDescentColors } from './descentColors';
import { ShadeLegend } from './ShadeLegend';
import { WeightPicker } from './WeightPicker';
import { useWidth } from './useWidth';

const SPAN = 2;
const POINTS = 25;
const SAMPLE = 200;
/** While training, the surface follows the weights at most this often. */
const REFRESH_MS = 1000;
/** The −∇C arrow shows a direction: its length is this fraction of the span. */
const ARROW_LENGTH = 0.45;

interface SurfaceCardProps {
  sizes: readonly number[];
  /** The weights when the card opened, for choosing the default pair. */
  initialWeights: readonly Float64Array[];
}

function lowestPoint(surface: CostSurface): { at: Point; cost: number } {
  const { costs, points, span, centre } = surface;
  let best = 0;
  for (let i = 1; i < costs.length; i++) if (costs[i] < costs[best]) best = i;
  const mid = (points - 1) / 2;
  const offset = (i: number) => ((i - mid) / mid) * span;
  return {
    at: [centre[0] + offset(best % points), centre[1] + offset(Math.floor(best / points))],
    cost: costs[best],
  };
}

/** The real network's cost as a function of two of its weights, computed by the worker. */
export function SurfaceCard({ sizes, initialWeights }: SurfaceCardProps) {
  const messages = useMessages();
  const m = messages.descent.surface;
  const colors = useDescentColors();
  const engine = useEngine();
  const weightsVersion = useThrottledSnapshot(REFRESH_MS)?.weightsVersion;
  const [strongest] = useState(() => defaultSurfaceWeights(initialWeights, sizes));
  const weights = useAppStore((s) => s.surfacePair) ?? strongest;
  const setWeights = useAppStore((s) => s.setSurfacePair);
  const [reply, setReply] = useState<{ surface: CostSurface; weightsVersion: number } | null>(null);
  /** 'same' when both axes name one weight, else what the engine said. */
  const [problem, setProblem] = useState<'same' | Said | null>(null);
  const [mapRef, mapWidth] = useWidth<HTMLDivElement>(560);

  useEffect(() => {
    let live = true;
    engine.costSurface(weights, SPAN, POINTS, SAMPLE).then(
      (r) => {
        if (live && r) setReply(r);
      },
      (e: unknown) => {
        if (live) setProblem(saidOfFailure(e));
      },
    );
    return () => {
      live = false;
    };
  }, [engine, weights, weightsVersion]);

  function choose(axis: 0 | 1, ref: WeightRef) {
    const next: [WeightRef, WeightRef] = axis === 0 ? [ref, weights[1]] : [weights[0], ref];
    if (sameWeight(next[0], next[1])) {
      setProblem('same');
      return;
    }
    setProblem(null);
    setWeights(next);
  }

  const surface = reply?.surface;
  const current =
    surface && surface.weights.every((ref, i) => sameWeight(ref, weights[i])) ? surface : null;
  const mid = (POINTS - 1) / 2;
  const centreCost = surface?.costs[mid * POINTS + mid];
  const lowest = surface && lowestPoint(surface);
  const mapHeight = Math.round(Math.min(380, mapWidth * 0.66));
  const downhill = surface && arrowTo(surface);
  // A map that overflowed says so in place of its contours: it has no legend to explain.
  const drawable = surface?.costs.every(Number.isFinite);
  const note = m.note(SAMPLE, SPAN);

  return (
    <section className="card descent-card" aria-labelledby="descent-real-title">
      <h2 id="descent-real-title">{m.title}</h2>
      <p className="descent-note">
        {note[0]}
        <span className="sym-c">{m.cost}</span>
        {note[1]}
      </p>
      <div className="descent-body">
        <div className="descent-visual" ref={mapRef}>
          {surface ? (
            <>
              <ContourMap
                values={surface.costs}
                n={surface.points}
                xDomain={[surface.centre[0] - SPAN, surface.centre[0] + SPAN]}
                yDomain={[surface.centre[1] - SPAN, surface.centre[1] + SPAN]}
                label={m.map}
                width={mapWidth}
                height={mapHeight}
                xLabel={<tspan className="sym-w">{m.xAxis}</tspan>}
                yLabel={<tspan className="sym-w">{m.yAxis}</tspan>}
                arrows={downhill ? [{ id: 'down', ...downhill, color: colors.downhill }] : []}
                markers={[
                  { id: 'lowest', at: lowest!.at, color: colors.minimum, shape: 'cross' },
                  { id: 'now', at: surface.centre, color: colors.now, shape: 'dot' },
                ]}
                testId="descent-surface-map"
              />
              {drawable && (
                <>
                  <p className="descent-legend-line">
                    <span>● {m.now}</span>
                    <span style={{ color: colors.downhill }}>→ {m.downhill}</span>
                    <span style={{ color: colors.minimum }}>✕ {m.lowestHere}</span>
                  </p>
                  <ShadeLegend values={surface.costs} testId="descent-surface-shade" />
                </>
              )}
            </>
          ) : (
            <p className="descent-status" style={{ height: mapHeight }}>
              {m.computing}
            </p>
          )}
        </div>
        <div className="descent-side">
          <div className="descent-pickers">
            <WeightPicker
              sizes={sizes}
              value={weights[0]}
              axis="x"
              testId="descent-surface-w1"
              onChange={(ref) => choose(0, ref)}
            />
            <WeightPicker
              sizes={sizes}
              value={weights[1]}
              axis="y"
              testId="descent-surface-w2"
              onChange={(ref) => choose(1, ref)}
            />
          </div>
          {problem && (
            <p className="descent-alert" role="alert">
              {problem === 'same' ? (
                m.sameWeight
              ) : (
                <SaidText text={problem.say(messages)} detail={problem.detail} />
              )}
            </p>
          )}
          {surface && (
            <dl className="descent-readout" aria-busy={!current}>
              <dt className="sym-c">{m.centre}</dt>
              <dd className="sym-c" data-testid="descent-surface-centre" data-value={centreCost}>
                {shownNumber(centreCost!, 5)}
              </dd>
              <dt className="sym-c">{m.networkCost}</dt>
              <dd className="sym-c" data-testid="descent-surface-cost" data-value={surface.cost}>
                {shownNumber(surface.cost, 5)}
              </dd>
              {surface.centre.map((value, i) => (
                <Slope key={i} axis={i ? 'y' : 'x'} value={value} dCdw={surface.gradient[i]} />
              ))}
              <dt className="sym-c">{m.lowest}</dt>
              <dd className="sym-c" data-testid="descent-surface-lowest" data-value={lowest!.cost}>
                {shownNumber(lowest!.cost, 5)}
              </dd>
            </dl>
          )}
          <p className="descent-status">
            {m.explain} {current ? '' : m.updating}
          </p>
        </div>
      </div>
    </section>
  );
}

/** The −∇C arrow from the centre, scaled to a fixed length, or null where ∇C is zero. */
function arrowTo(surface: CostSurface): { from: Point; to: Point } | null {
  const [gx, gy] = surface.gradient;
  const size = Math.hypot(gx, gy);
  if (!(size > 0)) return null;
  const [cx, cy] = surface.centre;
  const length = ARROW_LENGTH * SPAN;
  return { from: [cx, cy], to: [cx - (length * gx) / size, cy - (length * gy) / size] };
}

function Slope({ axis, value, dCdw }: { axis: string; value: number; dCdw: number }) {
  const m = useMessages().descent.surface;
  return (
    <>
      <dt>
        <span className="sym-w">w</span>
        {m.along(axis)}
      </dt>
      <dd data-testid={`descent-surface-w-${axis}`} data-value={value}>
        {shownNumber(value, 4)}
      </dd>
      <dt>
        <span className="sym-c">∂C</span>/<span className="sym-w">∂w</span>
        {m.along(axis)}
      </dt>
      <dd data-testid={`descent-surface-slope-${axis}`} data-value={dCdw}>
        {shownNumber(dCdw, 3)}
      </dd>
    </>
  );
}
