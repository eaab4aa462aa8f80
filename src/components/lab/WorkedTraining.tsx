import { useMemo, useState } from 'react';
import type { BiasMode } from '../../lab/worked/classicExample';
import { CLASSIC_PRINTED } from '../../lab/worked/classicExample';
import { runSteps } from '../../lab/worked/training';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { WorkedCurve } from './WorkedCurve';
import { WorkedNumber } from './WorkedValue';

const STEP_CHOICES = [1, 10, 100, 10_000] as const;
const MODES: readonly { mode: BiasMode; label: 'biasesFixed' | 'biasesUpdated' }[] = [
  { mode: 'fixed', label: 'biasesFixed' },
  { mode: 'updated', label: 'biasesUpdated' },
];
const CLASSIC_STEPS = 10_000;

/**
 * Runs 1, 10, 100 or 10,000 steps from the example's starting weights in both bias modes, with
 * the same engine step as the hand calculation, and shows where the error ends up.
 */
export function WorkedTraining({ mode }: { mode: BiasMode }) {
  const m = useMessages().lab.worked;
  const [steps, setSteps] = useState<number>(1);
  const runs = useMemo(() => MODES.map((r) => runSteps(r.mode, steps)), [steps]);
  const chosen = runs.find((r) => r.mode === mode) ?? runs[0];
  const classic = runs[0];
  return (
    <section className="card worked-training" aria-label={m.runMore}>
      <h3>{m.runMore}</h3>
      <div className="worked-run-buttons" role="group" aria-label={m.stepsToRun}>
        {STEP_CHOICES.map((n) => (
          <button
            key={n}
            type="button"
            className={n === steps ? 'primary' : undefined}
            aria-pressed={n === steps}
            data-testid={`worked-run-${n}`}
            onClick={() => setSteps(n)}
          >
            {m.steps(n)}
          </button>
        ))}
      </div>
      <p className="worked-note">{m.restarts}</p>
      <table className="worked-errors" data-testid="worked-train-table" data-steps={steps}>
        <caption>
          E<sub>{m.totalSub}</sub>
          {m.after(steps)}
        </caption>
        <tbody>
          {MODES.map((row, i) => (
            <tr key={row.mode} className={row.mode === mode ? 'chosen' : undefined}>
              <th scope="row">
                <span className={`swatch ${row.mode}`} aria-hidden="true" />
                {m[row.label]}
              </th>
              <td
                className={row.mode}
                data-testid={`worked-train-error-${row.mode}`}
                data-value={runs[i].errors[steps]}
              >
                <WorkedNumber value={runs[i].errors[steps]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="worked-outputs" data-testid="worked-train-outputs">
        {m.outputs(shownNumber(chosen.outputs[0], 6), shownNumber(chosen.outputs[1], 6))}
        <span className="target-text">{m.targets}</span>
      </p>
      <WorkedCurve runs={runs} mode={mode} />
      {steps === CLASSIC_STEPS && (
        <p className="worked-note" data-testid="worked-classic-10000">
          {m.classic(CLASSIC_PRINTED.errorAfter10000)}
          <b
            data-testid="worked-classic-before-last"
            data-value={classic.errors[CLASSIC_STEPS - 1]}
          >
            <WorkedNumber value={classic.errors[CLASSIC_STEPS - 1]} />
          </b>
          {m.classicHere}
          <b>
            <WorkedNumber value={classic.errors[CLASSIC_STEPS]} />
          </b>
          {m.classicEnd}
        </p>
      )}
    </section>
  );
}
