import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../config';
import { useAppStore } from '../store/appStore';
import { trainingStatsText } from '../viz/trainingStats';
import { useEngine } from './EngineContext';
import { ArchitectureForm } from './ArchitectureForm';
import { NumberField } from './NumberField';
import { TrainingCurves } from './TrainingCurves';

/** Train stops by itself after this many epochs (each 55,000 digits, a few seconds). */
const DEFAULT_EPOCHS = 5;

/** Start/pause SGD on the 55,000 training digits, one step, and the live progress line. */
export function TrainingStrip() {
  const engine = useEngine();
  const running = useAppStore((s) => s.running);
  const params = useAppStore((s) => s.params);
  const trainData = useAppStore((s) => s.dataProgress.train);
  const stats = useRef<HTMLParagraphElement>(null);
  const [epochs, setEpochs] = useState(DEFAULT_EPOCHS);
  const setRate = (learningRate: number) => engine.setParams({ ...params, learningRate });

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.snapshot !== prev.snapshot && stats.current)
          stats.current.textContent = trainingStatsText(s.snapshot);
      }),
    [],
  );

  const downloading = trainData && !trainData.done;
  return (
    <section className="card training" aria-label="Training">
      <h2>Training</h2>
      <div className="row">
        <button
          className="primary"
          data-testid="train-toggle"
          aria-pressed={running}
          onClick={() => engine.train(!running, epochs)}
        >
          {running ? 'Pause' : 'Train'}
        </button>
        <button onClick={() => engine.step()} disabled={running} data-testid="train-step">
          One mini-batch
        </button>
        <button onClick={() => engine.trainEpoch()} disabled={running} data-testid="train-epoch">
          To the end of the epoch
        </button>
        <NumberField
          label="Learning rate η"
          value={params.learningRate}
          {...LIMITS.learningRate}
          testId="learning-rate"
          onCommit={setRate}
        />
        <input
          type="range"
          className="rate-slider"
          aria-label="Learning rate η, on a log scale"
          data-testid="learning-rate-slider"
          min={Math.log10(LIMITS.learningRate.min)}
          max={Math.log10(LIMITS.learningRate.max)}
          step={0.05}
          value={Math.log10(params.learningRate)}
          onChange={(e) => setRate(Number((10 ** Number(e.target.value)).toPrecision(2)))}
        />
        <NumberField
          label="Mini-batch"
          value={params.batchSize}
          {...LIMITS.batchSize}
          integer
          testId="batch-size"
          onCommit={(batchSize) => engine.setParams({ ...params, batchSize })}
        />
        <NumberField
          label="Epochs per run"
          value={epochs}
          {...LIMITS.epochs}
          integer
          testId="epochs"
          onCommit={setEpochs}
        />
      </div>
      {downloading && (
        <p className="caption" role="status">
          Loading the 60,000 training digits…{' '}
          <progress value={trainData.loaded} max={trainData.total || undefined} />
        </p>
      )}
      <p className="caption stats" ref={stats} data-testid="training-stats">
        {trainingStatsText(null)}
      </p>
      <TrainingCurves />
      <ArchitectureForm />
    </section>
  );
}
