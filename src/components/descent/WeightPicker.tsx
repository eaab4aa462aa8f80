import type { WeightRef } from '../../engine/costSurface';
import { moveToLayer, neuronIndex, neuronNameRange } from '../../descent/surfaceWeights';
import { layerName, neuronName, sym } from '../../math/symbols';
import { NumberField } from '../ui/NumberField';
import { Tex } from '../ui/Tex';
import { useMessages } from '../../i18n/useMessages';

interface WeightPickerProps {
  sizes: readonly number[];
  value: WeightRef;
  /** Which axis of the map this weight runs along. */
  axis: string;
  testId: string;
  onChange(ref: WeightRef): void;
}

/** Layer, receiving neuron j and sending neuron k of one weight, by the names the page uses. */
export function WeightPicker({ sizes, value, axis, testId, onChange }: WeightPickerProps) {
  const m = useMessages().descent.surface;
  const name = (layer: number) => layerName(layer, sizes.length, m.layerNames);
  const L = sizes.length - 1;
  const [jMin, jMax] = neuronNameRange(sizes, value.layer);
  const [kMin, kMax] = neuronNameRange(sizes, value.layer - 1);
  const jName = neuronName(value.layer, value.j, L);
  const kName = neuronName(value.layer - 1, value.k, L);
  return (
    <fieldset className="descent-picker" data-testid={testId}>
      <legend>
        <Tex tex={sym.w(jName, kName, value.layer)} label={m.weightAlong(axis)} />
        <span>{m.along(axis).trim()}</span>
      </legend>
      <label className="field">
        <span>{m.layer}</span>
        <select
          value={value.layer}
          data-testid={`${testId}-layer`}
          onChange={(e) => onChange(moveToLayer(sizes, value, Number(e.target.value)))}
        >
          {sizes.slice(1).map((_, i) => (
            <option key={i} value={i + 1}>
              {i + 1}: {name(i)} → {name(i + 1)}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={m.to(name(value.layer))}
        value={jName}
        min={jMin}
        max={jMax}
        integer
        testId={`${testId}-j`}
        onCommit={(name) => onChange({ ...value, j: neuronIndex(sizes, value.layer, name) })}
      />
      <NumberField
        label={m.from(name(value.layer - 1))}
        value={kName}
        min={kMin}
        max={kMax}
        integer
        testId={`${testId}-k`}
        onCommit={(name) => onChange({ ...value, k: neuronIndex(sizes, value.layer - 1, name) })}
      />
    </fieldset>
  );
}
