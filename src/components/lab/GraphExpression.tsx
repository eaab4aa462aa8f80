import type { GraphPreset } from '../../lab/graph/presets';
import { useMessages } from '../../i18n/useMessages';
import { SaidText } from '../ui/SaidText';

interface GraphExpressionProps {
  presets: readonly GraphPreset[];
  draft: string;
  error: string;
  onDraft(text: string): void;
  onBuild(): void;
  onPreset(preset: GraphPreset): void;
}

/** The presets and the expression box; a bad expression is explained and changes nothing. */
export function GraphExpression({
  presets,
  draft,
  error,
  onDraft,
  onBuild,
  onPreset,
}: GraphExpressionProps) {
  const m = useMessages().lab.graph;
  return (
    <div className="graph-expression">
      <div className="graph-presets" role="group" aria-label={m.presetsLabel}>
        {presets.map((p) => (
          <button key={p.id} data-testid={`graph-preset-${p.id}`} onClick={() => onPreset(p)}>
            {m.presets[p.id]}
          </button>
        ))}
      </div>
      <form
        className="graph-expression-form"
        onSubmit={(e) => {
          e.preventDefault();
          onBuild();
        }}
      >
        <label className={`field graph-expression-field${error ? ' invalid' : ''}`}>
          <span>{m.expressionHint}</span>
          <input
            value={draft}
            spellCheck={false}
            autoComplete="off"
            data-testid="graph-expression"
            aria-invalid={error !== ''}
            onChange={(e) => onDraft(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" data-testid="graph-build">
          {m.draw}
        </button>
      </form>
      {error && (
        <p className="field-error graph-error" role="alert" data-testid="graph-expression-error">
          <SaidText text={error} />
        </p>
      )}
    </div>
  );
}
