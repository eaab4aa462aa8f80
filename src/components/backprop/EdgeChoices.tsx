import type { BackpropLesson } from '../../engine/lesson';
import { neuronName } from '../../math/symbols';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/** How many of a neuron's incoming edges are offered. */
const CHOICES = 4;

interface EdgeChoicesProps {
  lesson: BackpropLesson;
  neuron: { layer: number; index: number };
  /** The edge on show, when one is. */
  chosen: number | null;
  gradientKnown: boolean;
}

/**
 * The focused neuron's most important incoming edges as buttons (by |∂C/∂w| once the gradient
 * is known, before that by |w·a|): a keyboard and touch way to pick an edge.
 */
export function EdgeChoices({ lesson, neuron, chosen, gradientKnown }: EdgeChoicesProps) {
  const selectEdge = useAppStore((s) => s.selectEdge);
  const say = useMessages().app.chain;
  const { layer, index: j } = neuron;
  const nIn = lesson.spec.sizes[layer - 1];
  const L = lesson.spec.sizes.length - 1;
  const source = gradientKnown ? lesson.trace.dCdW[layer - 1] : lesson.weights[layer - 1];
  const prev = lesson.trace.a[layer - 1];
  const strength = (k: number) => Math.abs(source[j * nIn + k] * (gradientKnown ? 1 : prev[k]));
  const ranked = Array.from({ length: nIn }, (_, k) => k)
    .sort((x, y) => strength(y) - strength(x))
    .slice(0, CHOICES);
  const from = layer === 1 ? say.fromPixel : say.fromNeuron;
  return (
    <div className="edge-choices">
      <p className="caption">{say.strongest(gradientKnown)}</p>
      <div className="edge-choice-list">
        {ranked.map((k, rank) => (
          <button
            key={k}
            type="button"
            data-testid={`edge-choice-${rank}`}
            data-k={k}
            aria-pressed={chosen === k}
            className={chosen === k ? 'on' : undefined}
            onClick={() => (chosen === k ? null : selectEdge({ layer, j, k }))}
          >
            {from(neuronName(layer - 1, k, L))}
          </button>
        ))}
      </div>
      {chosen !== null && (
        <button
          type="button"
          className="link"
          data-testid="edge-clear"
          onClick={() => selectEdge(null)}
        >
          {say.backToNeuron}
        </button>
      )}
    </div>
  );
}
