import { useAppStore } from '../store/appStore';
import { NetworkView } from './NetworkView';

/** The network view with its legend and the edge-colour switch. */
export function NetworkCard() {
  const mode = useAppStore((s) => s.edgeMode);
  const setMode = useAppStore((s) => s.setEdgeMode);
  const sizes = useAppStore((s) => s.model?.spec.sizes);
  return (
    <section className="card network-card" aria-label="Network">
      <div className="card-head">
        <h2>Network {sizes ? sizes.join('-') : ''}</h2>
        <div className="segmented" role="radiogroup" aria-label="Edge colour shows">
          <button
            role="radio"
            aria-checked={mode === 'weight'}
            onClick={() => setMode('weight')}
            data-testid="edge-mode-weight"
          >
            weights w
          </button>
          <button
            role="radio"
            aria-checked={mode === 'contribution'}
            onClick={() => setMode('contribution')}
            data-testid="edge-mode-contribution"
          >
            signal w·a
          </button>
        </div>
      </div>
      <NetworkView />
      <p className="caption legend">
        <span className="sym-w">■ blue</span> positive · <span className="sym-c">■ red</span>{' '}
        negative · brighter edges are stronger · neurons: black 0 → white 1
      </p>
    </section>
  );
}
