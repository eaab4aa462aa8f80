import { useCallback } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { focusedNeuron } from '../../store/viewSlice';
import { ArchitectureForm } from '../training/ArchitectureForm';
import { ModelPanel } from '../training/ModelPanel';
import { TrainToggle } from '../training/TrainToggle';
import { TrainingStrip } from '../training/TrainingStrip';
import { usePageKey } from '../ui/usePageKey';
import { LiveChainRule } from './LiveChainRule';
import { NeuronCard } from './NeuronCard';

/**
 * The column beside the network: the neuron pointed at or selected — its card and its chain
 * rule, next to where it sits — or else the training controls and learning curves first, then
 * the model and the form for a new network. The network keeps its place whichever is shown, so pointing never moves a neuron.
 */
export function DetailPanel() {
  const neuron = useAppStore(focusedNeuron);
  const selected = useAppStore((s) => s.selected !== null);
  const say = useMessages().app.neuron;
  usePageKey(
    useCallback((key: string) => {
      const s = useAppStore.getState();
      if (key !== 'Escape' || s.selected === null) return false;
      s.select(null);
      return true;
    }, []),
  );
  return (
    <div className="column detail-panel" data-showing={neuron ? 'neuron' : 'training'}>
      {neuron ? (
        <>
          {/* A chosen neuron's chain rule follows training: Train stays at hand beside it. */}
          {selected && (
            <div className="detail-tools">
              <TrainToggle />
              <button
                type="button"
                data-testid="detail-close"
                title={say.closeHint}
                aria-label={say.closeHint}
                onClick={() => useAppStore.getState().select(null)}
              >
                {say.close}
              </button>
            </div>
          )}
          <NeuronCard />
          <LiveChainRule />
        </>
      ) : (
        <>
          <TrainingStrip />
          <ModelPanel />
          <section className="card new-network">
            <ArchitectureForm />
          </section>
        </>
      )}
    </div>
  );
}
