import { ConfusionMatrix } from '../training/ConfusionMatrix';
import { InputCard } from '../input/InputCard';
import { LiveChainRule } from './LiveChainRule';
import { ModelPanel } from '../training/ModelPanel';
import { NetworkCard } from '../network/NetworkCard';
import { NeuronCard } from './NeuronCard';
import { OutputBars } from './OutputBars';
import { PredictionAnnouncer } from './PredictionAnnouncer';
import { TrainingStrip } from '../training/TrainingStrip';
import { WeightStrip } from './WeightStrip';

/** Draw or pick a digit and watch every neuron respond; train the network. */
export function ExplorePage() {
  return (
    <main className="workspace">
      <div className="column input-column">
        <InputCard />
        <NeuronCard />
      </div>
      <NetworkCard />
      <div className="column output-column">
        <OutputBars />
        <PredictionAnnouncer />
        <ModelPanel />
      </div>
      <LiveChainRule />
      <WeightStrip />
      <TrainingStrip />
      <ConfusionMatrix />
    </main>
  );
}
