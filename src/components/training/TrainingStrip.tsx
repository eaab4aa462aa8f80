import { useEffect, useRef } from 'react';
import { LIMITS } from '../../config';
import { messagesFor } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { startFromRandom } from '../../bridge/randomStart';
import { setText } from '../../viz/domWrites';
import { epochCounterText, trainingStatsText } from '../../viz/trainingStats';
import { useEngine } from '../EngineContext';
import { TrainToggle } from './TrainToggle';
import { HistoryScrubber } from './HistoryScrubber';
import { NumberField } from '../ui/NumberField';
import { TrainingCurves } from './TrainingCurves';

/** Start/pause SGD on the 55,000 training digits, one step, and the live progress line. */
export function TrainingStrip() {
  const engine = useEngine();
  const running = useAppStore((s) => s.running);
  const params = useAppStore((s) => s.params);
  const trainData = useAppStore((s) => s.dataProgress.train);
  const stats = useRef<HTMLParagraphElement>(null);
  const counter = useRef<HTMLParagraphElement>(null);
  const epochs = useAppStore((s) => s.epochs);
  const setEpochs = useAppStore((s) => s.setEpochs);
  const setRate = (learningRate: number) => engine.setParams({ ...params, learningRate });
  const say = useMessages().app.training;

  useEffect(() => {
    // Written here, never by React, so a re-render cannot put back an older line.
    const paint = (s: AppState) => {
      const say = messagesFor(s.language).app.training;
      if (stats.current) setText(stats.current, trainingStatsText(s.snapshot, say));
      if (counter.current) setText(counter.current, epochCounterText(s.snapshot, say));
    };
    paint(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.language !== prev.language) paint(s);
    });
  }, []);

  const downloading = trainData && !trainData.done;
  return (
    <section className="card training" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <div className="row">
        <TrainToggle />
        <button
          data-testid="random-start"
          title={say.randomStartHint}
          onClick={() => void startFromRandom(useAppStore, engine)}
        >
          {say.randomStart}
        </button>
        <button onClick={() => engine.step()} disabled={running} data-testid="train-step">
          {say.step}
        </button>
        <button onClick={() => engine.trainEpoch()} disabled={running} data-testid="train-epoch">
          {say.epoch}
        </button>
        <NumberField
          label={say.rate}
          value={params.learningRate}
          {...LIMITS.learningRate}
          testId="learning-rate"
          onCommit={setRate}
        />
        <input
          type="range"
          className="rate-slider"
          aria-label={say.rateSlider}
          data-testid="learning-rate-slider"
          min={Math.log10(LIMITS.learningRate.min)}
          max={Math.log10(LIMITS.learningRate.max)}
          step={0.05}
          value={Math.log10(params.learningRate)}
          onChange={(e) => setRate(Number((10 ** Number(e.target.value)).toPrecision(2)))}
        />
        <NumberField
          label={say.batch}
          value={params.batchSize}
          {...LIMITS.batchSize}
          integer
          testId="batch-size"
          onCommit={(batchSize) => engine.setParams({ ...params, batchSize })}
        />
        <NumberField
          label={say.epochs}
          value={epochs}
          {...LIMITS.epochs}
          integer
          testId="epochs"
          onCommit={setEpochs}
        />
      </div>
      {downloading && (
        <p className="caption" role="status">
          {say.loadingTrain}{' '}
          <progress
            value={trainData.loaded}
            max={trainData.total || undefined}
            aria-label={say.loadingTrain}
          />
        </p>
      )}
      <p className="epoch-counter" ref={counter} data-testid="epoch-counter" />
      <p className="caption stats" ref={stats} data-testid="training-stats" />
      <TrainingCurves />
      <HistoryScrubber />
    </section>
  );
}
