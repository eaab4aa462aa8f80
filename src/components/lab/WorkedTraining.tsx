import { useMemo, useState } from 'react';
import type { BiasMode } from '../../lab/worked/classicExample';
import { CLASSIC_PRINTED } from '../../lab/worked/classicExample';
import { runSteps } from '../../lab/worked/training';
import { plainNumber } from '../../math/texNumber';
import { WorkedCurve } from './WorkedCurve';
import { WorkedNumber } from './WorkedValue';

const STEP_CHOICES = [1, 10, 100, 10_000] as const;
const MODES: readonly { mode: BiasMode; label: string }[] = [
  { mode: 'fixed', label: 'Classic: biases fixed' },
  { mode: 'updated', label: 'Biases updated too' },
];
const CLASSIC_STEPS = 10_000;

/**
 * Runs 1, 10, 100 or 10,000 steps from the example's starting weights in both bias modes, with
 * the same engine step as the hand calculation, and shows where the error ends up.
 */
export function WorkedTraining({ mode }: { mode: BiasMode }) {
  const [steps, setSteps] = useState<number>(1);
  const runs = useMemo(() => MODES.map((m) => runSteps(m.mode, steps)), [steps]);
  const chosen = runs.find((r) => r.mode === mode) ?? runs[0];
  const classic = runs[0];
  return (
    <section className="card worked-training" aria-label="Run more steps">
      <h3>Run more steps</h3>
      <div className="worked-run-buttons" role="group" aria-label="Steps to run">
        {STEP_CHOICES.map((n) => (
          <button
            key={n}
            type="button"
            className={n === steps ? 'primary' : undefined}
            aria-pressed={n === steps}
            data-testid={`worked-run-${n}`}
            onClick={() => setSteps(n)}
          >
            {n.toLocaleString('en')} {n === 1 ? 'step' : 'steps'}
          </button>
        ))}
      </div>
      <p className="worked-note">Each run restarts from the example’s weights, η = 0.5.</p>
      <table className="worked-errors" data-testid="worked-train-table" data-steps={steps}>
        <caption>
          E<sub>total</sub> after {steps.toLocaleString('en')} {steps === 1 ? 'step' : 'steps'}
        </caption>
        <tbody>
          {MODES.map((m, i) => (
            <tr key={m.mode} className={m.mode === mode ? 'chosen' : undefined}>
              <th scope="row">
                <span className={`swatch ${m.mode}`} aria-hidden="true" />
                {m.label}
              </th>
              <td
                className={m.mode}
                data-testid={`worked-train-error-${m.mode}`}
                data-value={runs[i].errors[steps]}
              >
                <WorkedNumber value={runs[i].errors[steps]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="worked-outputs" data-testid="worked-train-outputs">
        out(o₁) = {plainNumber(chosen.outputs[0], 6)}, out(o₂) = {plainNumber(chosen.outputs[1], 6)}{' '}
        <span className="target-text">(targets 0.01, 0.99)</span>
      </p>
      <WorkedCurve runs={runs} mode={mode} />
      {steps === CLASSIC_STEPS && (
        <p className="worked-note" data-testid="worked-classic-10000">
          The classic write-up quotes {CLASSIC_PRINTED.errorAfter10000} after 10,000 steps (biases
          fixed). That is the error the 10,000th step starts from, after 9,999 updates:{' '}
          <b
            data-testid="worked-classic-before-last"
            data-value={classic.errors[CLASSIC_STEPS - 1]}
          >
            <WorkedNumber value={classic.errors[CLASSIC_STEPS - 1]} />
          </b>{' '}
          here. After the 10,000th update it is{' '}
          <b>
            <WorkedNumber value={classic.errors[CLASSIC_STEPS]} />
          </b>
          .
        </p>
      )}
    </section>
  );
}
