import { memo, useCallback, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { groupDigits, shownPercent } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import type { ConfusionCounts } from '../../viz/confusion';
import {
  CLASSES,
  cellFill,
  confusionCounts,
  diagonalSum,
  recall,
  rowShare,
} from '../../viz/confusion';
import { inkOn } from '../../viz/contrast';
import type { ConfusionCell } from './MisclassifiedGallery';
import { MisclassifiedGallery } from './MisclassifiedGallery';
import { useVizColors } from '../ui/useVizColors';
import './ConfusionMatrix.css';

const DIGITS = Array.from({ length: CLASSES }, (_, d) => d);

const percent = (share: number | null) => shownPercent(share, 1);

/**
 * The test set's confusion matrix beside the digits behind it. Rendered from the stored
 * guesses only, which change when the test set is re-scored, never per training frame. While
 * training runs it keeps the scoring from before the run, marked stale: the run's own scorings
 * (a few a second on a fast machine) would rebuild a hundred cells and the gallery each time.
 */
export function ConfusionMatrix() {
  const testSet = useAppStore((s) => s.testSet);
  const scoredGuesses = useAppStore((s) => s.testGuesses);
  const scoredConfidence = useAppStore((s) => s.testConfidence);
  const running = useAppStore((s) => s.running);
  const [held, setHeld] = useState({ guesses: scoredGuesses, confidence: scoredConfidence });
  const newer = held.guesses !== scoredGuesses || held.confidence !== scoredConfidence;
  if (!running && newer) setHeld({ guesses: scoredGuesses, confidence: scoredConfidence });
  const { guesses, confidence } = held;
  const [cell, setCell] = useState<ConfusionCell | null>(null);
  const back = useCallback(() => setCell(null), []);
  const say = useMessages().app.confusion;
  const counts = useMemo(
    () => (testSet && guesses ? confusionCounts(testSet.labels, guesses) : null),
    [testSet, guesses],
  );

  return (
    <section className="card confusion-card" aria-label={say.card}>
      <h2>{say.heading}</h2>
      {!testSet || !guesses || !confidence || !counts ? (
        <p className="caption" role="status" data-testid="confusion-status">
          {testSet ? say.scoring(groupDigits(testSet.count)) : say.loading}
        </p>
      ) : (
        <div className="confusion-layout">
          <div>
            <ConfusionGrid counts={counts} chosen={cell} onChoose={setCell} />
            {running && (
              <p className="caption" data-testid="confusion-stale">
                {say.stale}
              </p>
            )}
          </div>
          <MisclassifiedGallery
            testSet={testSet}
            guesses={guesses}
            confidence={confidence}
            cell={cell}
            onBack={back}
          />
        </div>
      )}
    </section>
  );
}

interface GridProps {
  counts: ConfusionCounts;
  chosen: ConfusionCell | null;
  onChoose(cell: ConfusionCell): void;
}

/**
 * Rows are the true label, columns the guess; each cell is a button that picks its digits.
 * Memoised: training's scorings re-render the card (it holds the pre-run scoring) every few
 * hundred milliseconds, and a hundred cells need not follow.
 */
const ConfusionGrid = memo(function ConfusionGrid({ counts, chosen, onChoose }: GridProps) {
  const colors = useVizColors();
  const total = counts.reduce((a, b) => a + b, 0);
  const correct = diagonalSum(counts);
  const say = useMessages().app.confusion;
  return (
    <>
      <table className="confusion-matrix" data-testid="confusion-matrix" aria-label={say.table}>
        <thead>
          <tr>
            <td colSpan={2} />
            <th colSpan={CLASSES} scope="colgroup" className="axis">
              {say.guessed}
            </th>
            <td />
          </tr>
          <tr>
            <td colSpan={2} />
            {DIGITS.map((g) => (
              <th key={g} scope="col">
                {g}
              </th>
            ))}
            <th scope="col" className="recall-head">
              {say.recall}
            </th>
          </tr>
        </thead>
        <tbody>
          {DIGITS.map((t) => (
            <tr key={t}>
              {t === 0 && (
                <th rowSpan={CLASSES} scope="rowgroup" className="axis true-axis">
                  <span>{say.true}</span>
                </th>
              )}
              <th scope="row">{t}</th>
              {DIGITS.map((g) => {
                const count = counts[t * CLASSES + g];
                const share = rowShare(counts, t, g);
                const fill = cellFill(share, t === g, colors);
                const selected = chosen?.t === t && chosen.g === g;
                return (
                  <td key={g}>
                    <button
                      className={t === g ? 'cell diagonal' : 'cell'}
                      style={{ background: fill, color: inkOn(fill, colors) }}
                      aria-pressed={selected}
                      aria-label={say.readAs(t, g, say.digits(count))}
                      title={say.readAs(t, g, say.digits(count)) + say.share(t, percent(share))}
                      data-testid={`confusion-${t}-${g}`}
                      data-count={count}
                      onClick={() => onChoose({ t, g })}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
              <td
                className="recall"
                data-testid={`confusion-recall-${t}`}
                data-value={recall(counts, t) ?? ''}
              >
                {percent(recall(counts, t))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="caption" data-testid="confusion-diagonal" data-value={correct / total}>
        {say.diagonal}
        <b>{groupDigits(correct)}</b>
        {say.of}
        <b>{groupDigits(total)}</b>
        {say.correct}
        <b className="sym-z">{shownPercent(correct / total, 2)}</b>
        {say.accuracy}
      </p>
    </>
  );
});
