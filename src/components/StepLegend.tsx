import type { StepKind } from '../backprop/steps';

/** What the colours of the network mean at this kind of step. */
export function StepLegend({ kind }: { kind: StepKind | null }) {
  const backward = kind !== null && !['forward', 'cost', 'after'].includes(kind);
  const gradient = kind === 'gradient' || kind === 'update';
  return (
    <p className="caption legend">
      {gradient ? (
        <>
          Edges show −∂C/∂w: <span className="sym-w">■ blue</span> should grow ·{' '}
          <span className="sym-c">■ red</span> should shrink
        </>
      ) : (
        <>
          <span className="sym-w">■ blue</span> positive · <span className="sym-c">■ red</span>{' '}
          negative weights
        </>
      )}
      {' · '}
      {backward ? (
        <>
          neurons: <span className="sym-raise">● violet</span> cost falls if it rises ·{' '}
          <span className="sym-lower">● orange</span> cost falls if it drops
        </>
      ) : (
        'neurons: black 0 → white 1, dark grey: not computed yet'
      )}
      {' · '}click a neuron, then point at one of its edges
    </p>
  );
}
