import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { groupDigits, shownFixed, shownPercent } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { accuracyColor } from '../../viz/accuracyColor';
import { epochsTrained } from '../../viz/trainingStats';
import type { HistoryPoint } from '../../worker/protocol';
import { useEngine } from '../EngineContext';
import { useVizColors } from '../ui/useVizColors';

/**
 * "The network at epoch k": a range over the run's saved points. Moving it (paused) makes that
 * point's weights the current network, so the network view, the outputs, the test accuracy
 * and the confusion matrix all show it; training on from there drops the later points.
 */
export function HistoryScrubber() {
  const engine = useEngine();
  const { points, shown } = useAppStore((s) => s.runHistory);
  const running = useAppStore((s) => s.running);
  const colors = useVizColors();
  const say = useMessages().app.training;
  /** The point asked for, shown on the slider until the engine's answer arrives. */
  const [asked, setAsked] = useState<number | null>(null);
  const latest = points.length - 1;
  const at = Math.min(asked ?? shown ?? latest, latest);
  const point: HistoryPoint | undefined = points[at];

  const go = (index: number) => {
    setAsked(index);
    void engine.restorePoint(index).finally(() => setAsked(null));
  };

  const label = point
    ? say.historyPoint(
        epochsTrained(point.examplesSeen, point.epochSize),
        groupDigits(point.examplesSeen),
      )
    : '';
  const note =
    points.length === 0
      ? say.historyEmpty
      : running
        ? say.historyPause
        : at < latest
          ? say.historyEarlier
          : '';
  return (
    <div className="history" data-points={points.length}>
      <label className="history-row">
        <span className="history-heading">{say.historyHeading}</span>
        <input
          type="range"
          data-testid="history-slider"
          aria-label={say.historySlider}
          aria-valuetext={label}
          min={0}
          max={Math.max(0, latest)}
          step={1}
          value={Math.max(0, at)}
          disabled={running || points.length < 2}
          onChange={(e) => go(Number(e.target.value))}
        />
      </label>
      {point && (
        <p className="caption history-label" data-testid="history-label" data-index={at}>
          {label}
          {point.cost !== null && point.accuracy !== null && (
            <>
              {say.historyScore(shownFixed(point.cost, 4))}
              <b
                data-testid="history-accuracy"
                style={{ color: accuracyColor(point.accuracy, colors) }}
              >
                {shownPercent(point.accuracy, 2)}
              </b>
            </>
          )}
          {at === latest && say.historyLatest}
        </p>
      )}
      {note && <p className="caption history-note">{note}</p>}
    </div>
  );
}
