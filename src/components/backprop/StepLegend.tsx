import type { StepKind } from '../../backprop/steps';
import { useMessages } from '../../i18n/useMessages';
import { NegativeName } from '../network/NegativeName';

/** What the colours of the network mean at this kind of step. */
export function StepLegend({ kind }: { kind: StepKind | null }) {
  const backward = kind !== null && !['forward', 'cost', 'after'].includes(kind);
  const gradient = kind === 'gradient' || kind === 'update';
  const say = useMessages().app.legend;
  return (
    <p className="caption legend">
      {gradient ? (
        <>
          {say.edgesShow}
          <span className="sym-pos">{say.blue}</span>
          {say.grow}
          <NegativeName standard={say.red} square />
          {say.shrink}
        </>
      ) : (
        <>
          <span className="sym-pos">{say.blue}</span>
          {say.positive}
          <NegativeName standard={say.red} square />
          {say.negative}
        </>
      )}
      {' · '}
      {backward ? (
        <>
          {say.neurons}
          <span className="sym-raise">{say.violet}</span>
          {say.rises}
          <span className="sym-lower">{say.orange}</span>
          {say.drops}
        </>
      ) : (
        say.forward
      )}
      {' · '}
      {say.pick}
    </p>
  );
}
