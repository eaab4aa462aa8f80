import type { Graph } from '../../lab/graph/graph';
import { SHOWN_DIGITS } from '../../lab/graph/labels';
import { INPUT_RANGE } from '../../lab/graph/presets';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { NumberField } from '../ui/NumberField';
import { SaidText } from '../ui/SaidText';

interface GraphInputsProps {
  graph: Graph;
  inputs: Readonly<Record<string, number>>;
  /** ∂out/∂input for the inputs the backward walk has reached. */
  grads: ReadonlyMap<string, number>;
  error: string;
  onInput(name: string, value: number): void;
}

/** One validated field per named input, with the gradient the walk has found for it so far. */
export function GraphInputs({ graph, inputs, grads, error, onInput }: GraphInputsProps) {
  const m = useMessages().lab.graph;
  return (
    <div className="graph-inputs">
      <div className="graph-input-row">
        {graph.inputs.map((name) => {
          const grad = grads.get(name);
          return (
            <div className="graph-input" key={name}>
              <NumberField
                label={name}
                value={inputs[name]}
                min={-INPUT_RANGE}
                max={INPUT_RANGE}
                testId={`graph-input-${name}`}
                onCommit={(v) => onInput(name, v)}
              />
              <span
                className="graph-input-grad"
                data-testid={`graph-input-grad-${name}`}
                data-value={grad ?? ''}
              >
                {m.inputGrad(name, grad === undefined ? '?' : shownNumber(grad, SHOWN_DIGITS))}
              </span>
            </div>
          );
        })}
      </div>
      {error && (
        <p className="field-error graph-error" role="alert" data-testid="graph-value-error">
          <SaidText text={error} />
        </p>
      )}
    </div>
  );
}
