import type { ChangeEvent } from 'react';
import { loadShippedModel } from '../bridge/boot';
import { MNIST_SPEC } from '../engine/network';
import { MAX_MODEL_CHARS } from '../engine/serialize';
import { useAppStore } from '../store/appStore';
import { useEngine } from './EngineContext';

function formatPercent(x: number | null): string {
  return x === null ? '…' : `${(x * 100).toFixed(2)}%`;
}

/** Which network is loaded, how good it is, and loading/saving/resetting it. */
export function ModelPanel() {
  const engine = useEngine();
  const shipped = useAppStore((s) => s.shippedModels);
  const modelId = useAppStore((s) => s.modelId);
  const model = useAppStore((s) => s.model);
  const testAccuracy = useAppStore((s) => s.testAccuracy);
  const running = useAppStore((s) => s.running);
  const notify = useAppStore((s) => s.notify);
  const params = useAppStore((s) => s.params);
  const current = shipped.find((m) => m.id === modelId);

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_MODEL_CHARS) {
      notify('error', (m) => m.system.modelFileTooLarge(file.name, (file.size / 1e6).toFixed(0)));
      return;
    }
    if (await engine.loadModel(await file.text(), null))
      notify('info', (m) => m.system.modelFileLoaded(file.name));
  }

  async function save() {
    const json = await engine.saveModel();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = `deltascope-${modelId ?? 'model'}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const spec = model?.spec;
  return (
    <section className="card model-panel" aria-label="Model">
      <h2>Model</h2>
      <label className="field">
        <span>Network</span>
        <select
          value={modelId ?? ''}
          onChange={(e) => void loadShippedModel(useAppStore, engine, e.target.value)}
          data-testid="model-select"
        >
          {modelId === null && (
            <option value="">{String(model?.meta.name ?? 'Custom weights')}</option>
          )}
          {shipped.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {current && <p className="caption">{current.description}</p>}
      {spec && (
        <p className="caption">
          {spec.sizes.join('-')} · {spec.hidden} hidden · {spec.output} output · {spec.cost} cost
        </p>
      )}
      <p className="metric">
        Test accuracy <b data-testid="test-accuracy">{formatPercent(testAccuracy)}</b>
        <span className="caption">
          {' '}
          on the 10,000 official MNIST test digits
          {running &&
            testAccuracy !== null &&
            ', scored before training resumed: pause to score again'}
        </span>
      </p>
      <div className="row">
        <label className="button">
          Load file…
          <input
            type="file"
            accept=".json,application/json"
            onChange={loadFile}
            data-testid="model-file"
            hidden
          />
        </label>
        <button onClick={() => void save()}>Save model</button>
        <button onClick={() => engine.reset(spec ?? MNIST_SPEC, params)} data-testid="reset-random">
          Random weights
        </button>
      </div>
    </section>
  );
}
