import { useState } from 'react';
import { LIMITS } from '../../config';
import type { HiddenActivation } from '../../engine/activations';
import { HIDDEN_ACTIVATIONS } from '../../engine/activations';
import type { Initialisation, NetworkSpec } from '../../engine/network';
import { INITIALISATIONS, MNIST_SPEC } from '../../engine/network';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { useEngine } from '../EngineContext';
import { NumberField } from '../ui/NumberField';

/** The output layer and cost pairs worth comparing (named in the catalogue by the same keys). */
const OUTPUTS = {
  'sigmoid-squared': { output: 'sigmoid', cost: 'squared' },
  'softmax-cross-entropy': { output: 'softmax', cost: 'cross-entropy' },
  'sigmoid-cross-entropy': { output: 'sigmoid', cost: 'cross-entropy' },
  'softmax-squared': { output: 'softmax', cost: 'squared' },
} as const;
type OutputKey = keyof typeof OUTPUTS;

const outputKey = (spec: NetworkSpec): OutputKey =>
  (Object.keys(OUTPUTS) as OutputKey[]).find(
    (k) => OUTPUTS[k].output === spec.output && OUTPUTS[k].cost === spec.cost,
  ) ?? 'sigmoid-squared';

/**
 * A new network to train: hidden layers and widths, activations, cost, initialisation and
 * seed. Building it replaces the current weights with seeded random ones and rebuilds the view.
 */
export function ArchitectureForm() {
  const engine = useEngine();
  const spec = useAppStore((s) => s.model?.spec ?? MNIST_SPEC);
  const params = useAppStore((s) => s.params);
  const [widths, setWidths] = useState(() => spec.sizes.slice(1, -1));
  const [hidden, setHidden] = useState<HiddenActivation>(spec.hidden);
  const [output, setOutput] = useState<OutputKey>(() => outputKey(spec));
  const [init, setInit] = useState<Initialisation>(params.init);
  const [seed, setSeed] = useState(params.seed);
  const { names, architecture: say } = useMessages().app;

  const setLayerCount = (n: number) =>
    setWidths((w) => Array.from({ length: n }, (_, i) => w[i] ?? 16));
  const build = () => {
    const { output: out, cost } = OUTPUTS[output];
    const next: NetworkSpec = { sizes: [784, ...widths, 10], hidden, output: out, cost };
    engine.setParams({ ...params, seed, init });
    engine.reset(next, { ...params, seed, init });
  };

  return (
    <fieldset className="architecture">
      <legend>{say.legend}</legend>
      <div className="row">
        <NumberField
          label={say.hiddenLayers}
          value={widths.length}
          {...LIMITS.hiddenLayers}
          integer
          testId="hidden-layers"
          onCommit={setLayerCount}
        />
        {widths.map((w, i) => (
          <NumberField
            key={i}
            label={say.width(i + 1)}
            value={w}
            {...LIMITS.hiddenWidth}
            integer
            testId={`hidden-width-${i + 1}`}
            onCommit={(v) => setWidths((all) => all.map((x, j) => (j === i ? v : x)))}
          />
        ))}
        <label className="field">
          <span>{say.hidden}</span>
          <select
            value={hidden}
            data-testid="hidden-activation"
            onChange={(e) => setHidden(e.target.value as HiddenActivation)}
          >
            {HIDDEN_ACTIVATIONS.map((h) => (
              <option key={h} value={h}>
                {names.activation[h]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{say.outputCost}</span>
          <select
            value={output}
            data-testid="output-cost"
            onChange={(e) => setOutput(e.target.value as OutputKey)}
          >
            {(Object.keys(OUTPUTS) as OutputKey[]).map((k) => (
              <option key={k} value={k}>
                {say.outputs[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{say.init}</span>
          <select
            value={init}
            data-testid="init"
            onChange={(e) => setInit(e.target.value as Initialisation)}
          >
            {INITIALISATIONS.map((i) => (
              <option key={i} value={i}>
                {names.init[i]}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={say.seed}
          value={seed}
          {...LIMITS.seed}
          integer
          testId="seed"
          onCommit={setSeed}
        />
        <button type="button" data-testid="build-network" onClick={build}>
          {say.build([784, ...widths, 10].join('-'))}
        </button>
      </div>
    </fieldset>
  );
}
