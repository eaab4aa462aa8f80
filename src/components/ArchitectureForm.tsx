import { useState } from 'react';
import { LIMITS } from '../config';
import type { HiddenActivation } from '../engine/activations';
import { HIDDEN_ACTIVATIONS } from '../engine/activations';
import type { Initialisation, NetworkSpec } from '../engine/network';
import { INITIALISATIONS, MNIST_SPEC } from '../engine/network';
import { useAppStore } from '../store/appStore';
import { useEngine } from './EngineContext';
import { NumberField } from './NumberField';

/** The output layer and cost pairs worth comparing. */
const OUTPUTS = {
  'sigmoid-squared': { output: 'sigmoid', cost: 'squared', label: 'sigmoid, squared error (3B1B)' },
  'softmax-cross-entropy': {
    output: 'softmax',
    cost: 'cross-entropy',
    label: 'softmax, cross-entropy',
  },
  'sigmoid-cross-entropy': {
    output: 'sigmoid',
    cost: 'cross-entropy',
    label: 'sigmoid, cross-entropy',
  },
  'softmax-squared': { output: 'softmax', cost: 'squared', label: 'softmax, squared error' },
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
      <legend>New network</legend>
      <div className="row">
        <NumberField
          label="Hidden layers"
          value={widths.length}
          {...LIMITS.hiddenLayers}
          integer
          testId="hidden-layers"
          onCommit={setLayerCount}
        />
        {widths.map((w, i) => (
          <NumberField
            key={i}
            label={`Layer ${i + 1} neurons`}
            value={w}
            {...LIMITS.hiddenWidth}
            integer
            testId={`hidden-width-${i + 1}`}
            onCommit={(v) => setWidths((all) => all.map((x, j) => (j === i ? v : x)))}
          />
        ))}
        <label className="field">
          <span>Hidden activation</span>
          <select
            value={hidden}
            data-testid="hidden-activation"
            onChange={(e) => setHidden(e.target.value as HiddenActivation)}
          >
            {HIDDEN_ACTIVATIONS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Output and cost</span>
          <select
            value={output}
            data-testid="output-cost"
            onChange={(e) => setOutput(e.target.value as OutputKey)}
          >
            {(Object.keys(OUTPUTS) as OutputKey[]).map((k) => (
              <option key={k} value={k}>
                {OUTPUTS[k].label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Initial weights</span>
          <select
            value={init}
            data-testid="init"
            onChange={(e) => setInit(e.target.value as Initialisation)}
          >
            {INITIALISATIONS.map((i) => (
              <option key={i}>{i}</option>
            ))}
          </select>
        </label>
        <NumberField
          label="Seed"
          value={seed}
          {...LIMITS.seed}
          integer
          testId="seed"
          onCommit={setSeed}
        />
        <button type="button" data-testid="build-network" onClick={build}>
          Build 784-{widths.join('-')}
          {widths.length ? '-' : ''}10
        </button>
      </div>
    </fieldset>
  );
}
