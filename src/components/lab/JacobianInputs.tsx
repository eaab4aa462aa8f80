import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import type { LayerValues } from '../../lab/jacobian/layer';
import { INPUT_RANGE, PRESETS } from '../../lab/jacobian/presets';
import type { Preset } from '../../lab/jacobian/presets';
import { NumberField } from '../ui/NumberField';
import { Indexed } from './JacobianLabels';

interface JacobianInputsProps {
  values: LayerValues;
  target: number;
  onInput(index: number, value: number): void;
  onPreset(preset: Preset): void;
}

/** x₁, x₂, …: Unicode subscripts, for labels that are plain text. */
const inputName = (i: number) => `x${String.fromCharCode(0x2081 + i)}`;

/** A bar from the middle of its track: right for positive, left for negative, |v| ≤ 1. */
function CentredBar({ value }: { value: number }) {
  const half = Math.min(1, Math.abs(value)) * 50;
  return (
    <span className="jacobian-track centred">
      <span
        className="jacobian-fill"
        style={{ left: `${value < 0 ? 50 - half : 50}%`, width: `${half}%` }}
      />
    </span>
  );
}

function ProbabilityBar({ value }: { value: number }) {
  return (
    <span className="jacobian-track">
      <span className="jacobian-fill" style={{ left: 0, width: `${value * 100}%` }} />
    </span>
  );
}

/** The layer's inputs x (slider + number each) and what tanh and softmax make of them. */
export function JacobianInputs({ values, target, onInput, onPreset }: JacobianInputsProps) {
  const m = useMessages().lab.jacobian;
  return (
    <section className="card jacobian-inputs" aria-label={m.layerLabel}>
      <h2>{m.layerHeading}</h2>
      <div className="jacobian-presets" role="group" aria-label={m.presetsLabel}>
        {PRESETS.map((p) => (
          <button key={p.id} data-testid={`jacobian-preset-${p.id}`} onClick={() => onPreset(p)}>
            {m.presets[p.id]}
          </button>
        ))}
      </div>
      <table className="jacobian-layer">
        <thead>
          <tr>
            <th scope="col">{m.input}</th>
            <th scope="col">
              <i>t</i> = tanh <i className="sym-z">x</i>
            </th>
            <th scope="col">
              <i>s</i> = softmax(<i className="sym-z">x</i>)
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from(values.x, (xi, i) => (
            <tr key={i}>
              <td className="jacobian-input">
                <input
                  type="range"
                  min={INPUT_RANGE.min}
                  max={INPUT_RANGE.max}
                  step={0.05}
                  value={xi}
                  aria-label={m.slider(inputName(i))}
                  data-testid={`jacobian-x-slider-${i + 1}`}
                  onChange={(e) => onInput(i, Number(e.target.value))}
                />
                <NumberField
                  label={inputName(i)}
                  value={xi}
                  min={INPUT_RANGE.min}
                  max={INPUT_RANGE.max}
                  testId={`jacobian-x-${i + 1}`}
                  onCommit={(v) => onInput(i, v)}
                />
              </td>
              <td>
                <span className="jacobian-bar">
                  <Indexed letter="t" index={i} />
                  <CentredBar value={values.tanh[i]} />
                  <output data-testid={`jacobian-tanh-${i + 1}`} data-value={values.tanh[i]}>
                    {shownNumber(values.tanh[i])}
                  </output>
                </span>
              </td>
              <td>
                <span className={`jacobian-bar${i === target ? ' target' : ''}`}>
                  <Indexed letter="s" index={i} />
                  <ProbabilityBar value={values.softmax[i]} />
                  <output data-testid={`jacobian-softmax-${i + 1}`} data-value={values.softmax[i]}>
                    {shownNumber(values.softmax[i])}
                  </output>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="jacobian-note">
        {m.goldBefore}
        <span className="label-y">y</span>
        {m.goldAfter}
      </p>
    </section>
  );
}
