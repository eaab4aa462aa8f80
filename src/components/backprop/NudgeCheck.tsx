import { useState } from 'react';
import type { BackpropLesson, ParamRef } from '../../engine/lesson';
import { nudgedCost, paramGradient } from '../../engine/lesson';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

/** Nudges shown, largest first: the ratio of nudges converges to the derivative. */
const NUDGES = [0.1, 0.01, 0.001, 0.0001];

interface NudgeCheckProps {
  lesson: BackpropLesson;
  param: ParamRef;
  /** Whether the timeline has computed ∂C/∂p yet (else only the nudges are shown). */
  gradientKnown: boolean;
}

/**
 * 3Blue1Brown's derivative as a ratio of nudges: rerun the network with one parameter moved
 * by h and compare ΔC/Δp with the chain rule's ∂C/∂p. Runs only on request.
 */
export function NudgeCheck({ lesson, param, gradientKnown }: NudgeCheckProps) {
  const [ratios, setRatios] = useState<number[] | null>(null);
  const say = useMessages().app.chain;
  const symbol = param.kind === 'weight' ? 'w' : 'b';
  const run = () =>
    setRatios(NUDGES.map((h) => (nudgedCost(lesson, param, h) - lesson.trace.cost) / h));
  const chain = paramGradient(lesson, param);

  return (
    <div className="nudge-check">
      <button type="button" data-testid="nudge-run" onClick={run}>
        {say.nudge(param.kind, NUDGES)}
      </button>
      {ratios && (
        <table>
          <thead>
            <tr>
              <th scope="col">{say.nudgeHead(symbol)}</th>
              <th scope="col">ΔC</th>
              <th scope="col">ΔC / Δ{symbol}</th>
            </tr>
          </thead>
          <tbody>
            {NUDGES.map((h, i) => (
              <tr key={h} className={h === 0.01 ? 'chosen' : undefined}>
                <td>{h}</td>
                <td>{shownNumber(ratios[i] * h, 3)}</td>
                <td data-testid={`nudge-ratio-${h}`} data-value={ratios[i]}>
                  {shownNumber(ratios[i], 3)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {say.chainHead(symbol)}
              </th>
              <td data-testid="nudge-chain" data-value={gradientKnown ? chain : ''}>
                {gradientKnown ? shownNumber(chain, 3) : say.afterGradient}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
