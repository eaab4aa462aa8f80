import { useEffect, useRef, useState } from 'react';
import type { ChainParams } from '../../lab/chain/chainModel';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { NumberField } from '../ui/NumberField';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { ChainCostPlot } from './ChainCostPlot';
import { ChainMeasured } from './ChainMeasured';

/** Steps one click of "Run" takes, one per animation frame so the markers can be followed. */
const RUN_STEPS = 100;

interface ChainDescentProps {
  params: ChainParams;
  cost: number;
  costs: readonly number[];
  onStep(learningRate: number): void;
  onReset(): void;
}

/** Gradient descent on the six parameters of the chain, with C₀ plotted as it falls. */
export function ChainDescent({ params, cost, costs, onStep, onReset }: ChainDescentProps) {
  const m = useMessages().lab.chain;
  const [learningRate, setLearningRate] = useState(1);
  const [running, setRunning] = useState(false);
  const stepRef = useRef(onStep);
  useEffect(() => {
    stepRef.current = onStep;
  });

  useEffect(() => {
    if (!running) return;
    // With reduced motion the run is one jump: every step in the first frame.
    const perFrame = prefersReducedMotion() ? RUN_STEPS : 1;
    let left = RUN_STEPS;
    let frame = requestAnimationFrame(function tick() {
      for (let i = 0; i < perFrame; i++) stepRef.current(learningRate);
      left -= perFrame;
      if (left > 0) frame = requestAnimationFrame(tick);
      else setRunning(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [running, learningRate]);

  const steps = Math.max(0, costs.length - 1);
  return (
    <section className="card chain-descent" aria-label={m.descentLabel}>
      <h2>{m.descentHeading}</h2>
      <div className="row">
        <NumberField
          label={m.learningRate}
          value={learningRate}
          min={0.001}
          max={50}
          testId="chain-descent-rate"
          onCommit={setLearningRate}
        />
        <button
          type="button"
          data-testid="chain-descent-step"
          disabled={running}
          onClick={() => onStep(learningRate)}
        >
          {m.step}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="chain-descent-run"
          onClick={() => setRunning((r) => !r)}
        >
          {running ? m.stop : m.run(RUN_STEPS)}
        </button>
        <button
          type="button"
          data-testid="chain-descent-reset"
          disabled={running}
          onClick={onReset}
        >
          {m.reset}
        </button>
      </div>
      <p className="chain-descent-status">
        {m.stepCount}{' '}
        <b data-testid="chain-descent-steps" data-value={steps}>
          {steps}
        </b>
        {m.costIs}
        <b className="sym-c chain-num" data-testid="chain-descent-cost" data-value={cost}>
          {shownNumber(cost, 4)}
        </b>
      </p>
      <ChainMeasured className="chain-cost">
        {(width) => <ChainCostPlot costs={costs.length ? costs : [cost]} width={width} />}
      </ChainMeasured>
      <p className="caption chain-params" data-testid="chain-params">
        {m.params(
          params.w.map((v) => shownNumber(v, 3)).join(', '),
          params.b.map((v) => shownNumber(v, 3)).join(', '),
          shownNumber(params.x, 3),
        )}
      </p>
    </section>
  );
}
