import type { ChangeEvent } from 'react';
import { loadShippedModel } from '../../bridge/shippedModel';
import { MNIST_SPEC } from '../../engine/network';
import { MAX_MODEL_CHARS } from '../../engine/serialize';
import { echo, visible } from '../../i18n/echo';
import { useMessages } from '../../i18n/useMessages';
import { shownScore } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { accuracyColor } from '../../viz/accuracyColor';
import { useVizColors } from '../ui/useVizColors';
import { download } from '../ui/download';
import { useEngine } from '../EngineContext';

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
  const colors = useVizColors();
  const current = shipped.find((m) => m.id === modelId);
  const { names, model: say } = useMessages().app;

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_MODEL_CHARS) {
      const megabytes = (file.size / 1e6).toFixed(0);
      notify('error', (m) => m.system.modelFileTooLarge(echo(file.name), megabytes));
      return;
    }
    if (await engine.loadModel(await file.text(), null))
      notify('info', (m) => m.system.modelFileLoaded(echo(file.name)));
  }

  async function save() {
    // A refused or lost request has already been said in a notice by the bridge.
    const json = await engine.saveModel().catch(() => null);
    if (json === null) return;
    download(
      new Blob([json], { type: 'application/json' }),
      `deltascope-${modelId ?? 'model'}.json`,
    );
  }

  const spec = model?.spec;
  return (
    <section className="card model-panel" aria-label={say.card}>
      <h2>{say.heading}</h2>
      <label className="field">
        <span>{say.network}</span>
        <select
          value={modelId ?? ''}
          onChange={(e) => void loadShippedModel(useAppStore, engine, e.target.value)}
          data-testid="model-select"
        >
          {modelId === null && (
            // A file's name for its model is written out: an option cannot hold a <bdi>.
            <option value="">
              {typeof model?.meta.randomSeed === 'number'
                ? say.randomSeeded(model.meta.randomSeed)
                : visible(String(model?.meta.name ?? say.custom))}
            </option>
          )}
          {shipped.map((m) => (
            <option key={m.id} value={m.id}>
              {say.shipped[m.id]?.name ?? m.name}
            </option>
          ))}
        </select>
      </label>
      {current && (
        <p className="caption">{say.shipped[current.id]?.description ?? current.description}</p>
      )}
      {spec && (
        <p className="caption">
          {say.spec(
            spec.sizes.join('-'),
            names.activation[spec.hidden],
            names.activation[spec.output],
            names.cost[spec.cost],
          )}
        </p>
      )}
      <p className="metric">
        {say.accuracy}{' '}
        <b
          data-testid="test-accuracy"
          // Coloured by its value, from poor (chance is 10%) to good: never green at 10%.
          style={testAccuracy === null ? undefined : { color: accuracyColor(testAccuracy, colors) }}
        >
          {shownScore(testAccuracy)}
        </b>
        <span className="caption">
          {' '}
          {say.onTestSet}
          {running && testAccuracy !== null && say.stale}
        </span>
      </p>
      <div className="row">
        <label className="button">
          {say.load}
          <input
            type="file"
            accept=".json,application/json"
            onChange={loadFile}
            data-testid="model-file"
            hidden
          />
        </label>
        <button onClick={() => void save()}>{say.save}</button>
        <button onClick={() => engine.reset(spec ?? MNIST_SPEC, params)} data-testid="reset-random">
          {say.random}
        </button>
      </div>
    </section>
  );
}
