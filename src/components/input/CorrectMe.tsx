import { useState } from 'react';
import { greyInput } from '../../engine/dataset';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { DigitPicks } from './DigitPicks';
import { useEngine } from '../EngineContext';

/** Gradient steps per correction: enough to move the answer, few enough to watch. */
const STEPS = 10;

interface Outcome {
  label: number;
  before: number;
  after: number;
}

/**
 * "Correct me": the user says what the drawing really is, and the network takes a few gradient
 * steps on it, each mixed with nine replayed training digits so it does not forget the rest.
 */
export function CorrectMe() {
  const engine = useEngine();
  const digit = useAppStore((s) => s.drawnDigit);
  const running = useAppStore((s) => s.running);
  const [label, setLabel] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const say = useMessages().app.correct;
  if (!digit) return null;

  const teach = async () => {
    if (label === null) return;
    setBusy(true);
    const input = greyInput(digit.image);
    const result = await engine.correct(input, label, STEPS).catch(() => null);
    setBusy(false);
    if (result) setOutcome({ label, before: result.before[label], after: result.after[label] });
  };

  return (
    <div className="correct-me">
      <p className="caption">{say.ask}</p>
      <DigitPicks label={say.picks} value={label} testIdPrefix="correct-label" onPick={setLabel} />
      <button
        type="button"
        className="wide"
        data-testid="correct-run"
        disabled={label === null || busy || running}
        onClick={() => void teach()}
      >
        {running ? say.pauseFirst : say.teach(STEPS)}
      </button>
      {outcome && (
        <p
          className="caption"
          role="status"
          data-testid="correct-outcome"
          data-value={outcome.after}
        >
          {say.outcome(outcome.label, outcome.before.toFixed(3))}
          <b>{outcome.after.toFixed(3)}</b>
          {say.outcomeSteps(STEPS)}
          {outcome.after - outcome.before < 0.01 && say.barely}
        </p>
      )}
    </div>
  );
}
