import { useState } from 'react';
import { greyInput } from '../../engine/dataset';
import { useMessages } from '../../i18n/useMessages';
import { shownFixed, shownScore } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { DigitPicks } from './DigitPicks';
import { useEngine } from '../EngineContext';

/** Gradient steps per correction: enough to move the answer, few enough to watch. */
const STEPS = 10;

interface Outcome {
  label: number;
  before: number;
  after: number;
  /** The corrected weights, and the test accuracy shown before the correction. */
  weightsVersion: number;
  accuracyBefore: number | null;
}

/** The test accuracy once it has been scored under weights version `version` (else null). */
const useAccuracyAt = (version: number | null) =>
  useAppStore((s) =>
    version !== null && s.testWeightsVersion === version ? s.testAccuracy : null,
  );

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
  /** The weights version an undo went back to. */
  const [undoneAt, setUndoneAt] = useState<number | null>(null);
  const say = useMessages().app.correct;
  const accuracyAfter = useAccuracyAt(outcome?.weightsVersion ?? null);
  const accuracyUndone = useAccuracyAt(undoneAt);
  // Undo is offered while the weights are still the corrected ones.
  const undoable = useAppStore(
    (s) => outcome !== null && s.snapshot?.weightsVersion === outcome.weightsVersion,
  );
  if (!digit) return null;

  const teach = async () => {
    if (label === null) return;
    setBusy(true);
    const input = greyInput(digit.image);
    const accuracyBefore = useAppStore.getState().testAccuracy;
    const result = await engine.correct(input, label, STEPS).catch(() => null);
    setBusy(false);
    if (!result) return;
    setUndoneAt(null);
    setOutcome({
      label,
      before: result.before[label],
      after: result.after[label],
      weightsVersion: result.weightsVersion,
      accuracyBefore,
    });
  };

  const undo = async () => {
    setBusy(true);
    const version = await engine.undoCorrect();
    setBusy(false);
    if (version === null) return;
    setOutcome(null);
    setUndoneAt(version);
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
          {say.outcome(outcome.label, shownFixed(outcome.before, 3))}
          <b>{shownFixed(outcome.after, 3)}</b>
          {say.outcomeSteps(STEPS)}
          {outcome.after - outcome.before < 0.01 && say.barely}
        </p>
      )}
      {outcome && (
        <p className="caption correct-change" data-testid="correct-change">
          {say.changed(outcome.label, STEPS)}
          <b data-testid="correct-accuracy-before">{shownScore(outcome.accuracyBefore)}</b>
          {' → '}
          <b data-testid="correct-accuracy-after">{shownScore(accuracyAfter)}</b>
          {say.changedEnd}{' '}
          {undoable && (
            <button
              type="button"
              data-testid="correct-undo"
              disabled={busy || running}
              onClick={() => void undo()}
            >
              {say.undo}
            </button>
          )}
        </p>
      )}
      {undoneAt !== null && (
        <p className="caption" role="status" data-testid="correct-undone">
          {say.undone(shownScore(accuracyUndone))}
        </p>
      )}
    </div>
  );
}
