import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { NetworkView } from './NetworkView';
import { Segmented } from '../ui/Segmented';
import { SignCueLegend } from './SignCueLegend';
import { NegativeName } from './NegativeName';

/** The network view with its legend and the edge-colour switch. */
export function NetworkCard() {
  const mode = useAppStore((s) => s.edgeMode);
  const setMode = useAppStore((s) => s.setEdgeMode);
  const sizes = useAppStore((s) => s.model?.spec.sizes);
  const say = useMessages().app.network;
  return (
    <section className="card network-card" aria-label={say.card}>
      <div className="card-head">
        <h2>{say.heading(sizes ? sizes.join('-') : '')}</h2>
        <Segmented
          label={say.edges}
          kind="radio"
          value={mode}
          options={[
            { value: 'weight', label: say.weights, testId: 'edge-mode-weight' },
            { value: 'contribution', label: say.signal, testId: 'edge-mode-contribution' },
          ]}
          onChange={setMode}
        />
      </div>
      <NetworkView />
      <p className="caption legend" data-testid="network-legend">
        <span className="sym-pos">{say.blue}</span>
        {say.positive}
        <NegativeName standard={say.red} square />
        {say.legendRest(mode === 'contribution')}
      </p>
      <SignCueLegend />
    </section>
  );
}
