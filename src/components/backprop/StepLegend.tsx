import type { StepKind } from '../../backprop/steps';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { NegativeName } from '../network/NegativeName';

/**
 * What the colours and widths of the network mean at this kind of step. The colour-blind
 * palette draws nudges purple and green: its orange already means a negative weight.
 */
export function StepLegend({ kind }: { kind: StepKind | null }) {
  const backward = kind !== null && !['forward', 'cost', 'after'].includes(kind);
  const gradient = kind === 'gradient' || kind === 'update';
  const signal = useAppStore((s) => s.edgeMode === 'contribution');
  const colourblind = useAppStore((s) => s.palette === 'colourblind');
  const say = useMessages().app.legend;
  const shown = gradient ? '∂C/∂w' : signal ? 'w·a' : 'w';
  return (
    <p className="caption legend" data-testid="step-legend">
      {gradient ? (
        <>
          {say.edgesShow}
          <span className="sym-pos">{say.blue}</span>
          {say.grow}
          <NegativeName standard={say.red} square />
          {say.shrink}
          {say.strength(shown)}
        </>
      ) : (
        <>
          <span className="sym-pos">{say.blue}</span>
          {say.positive}
          <NegativeName standard={say.red} square />
          {say.negative}
          {say.strength(shown)}
        </>
      )}
      {' · '}
      {backward ? (
        <>
          {say.neurons}
          <span className="sym-raise">{colourblind ? say.purple : say.violet}</span>
          {say.rises}
          <span className="sym-lower">{colourblind ? say.green : say.orange}</span>
          {say.drops}
        </>
      ) : (
        say.forward
      )}
      {/* How to use the figure, for whoever holds the mouse: not shown to the class. */}
      <span className="legend-hint">
        {' · '}
        {say.pick}
      </span>
    </p>
  );
}
