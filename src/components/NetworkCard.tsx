import { useAppStore } from '../store/appStore';
import { NetworkView } from './NetworkView';
import { Segmented } from './Segmented';

/** The network view with its legend and the edge-colour switch. */
export function NetworkCard() {
  const mode = useAppStore((s) => s.edgeMode);
  const setMode = useAppStore((s) => s.setEdgeMode);
  const sizes = useAppStore((s) => s.model?.spec.sizes);
  return (
    <section className="card network-card" aria-label="Network">
      <div className="card-head">
        <h2>Network {sizes ? sizes.join('-') : ''}</h2>
        <Segmented
          label="Edge colour shows"
          kind="radio"
          value={mode}
          options={[
            { value: 'weight', label: 'weights w', testId: 'edge-mode-weight' },
            { value: 'contribution', label: 'signal w·a', testId: 'edge-mode-contribution' },
          ]}
          onChange={setMode}
        />
      </div>
      <NetworkView />
      <p className="caption legend">
        <span className="sym-w">■ blue</span> positive · <span className="sym-c">■ red</span>{' '}
        negative · brighter edges are stronger · neurons: black 0 → white 1
      </p>
    </section>
  );
}
