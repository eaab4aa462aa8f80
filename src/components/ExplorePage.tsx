import { ConfusionMatrix } from './ConfusionMatrix';
import { InputCard } from './InputCard';
import { LiveChainRule } from './LiveChainRule';
import { ModelPanel } from './ModelPanel';
import { NetworkCard } from './NetworkCard';
import { NeuronCard } from './NeuronCard';
import { OutputBars } from './OutputBars';
import { PredictionAnnouncer } from './PredictionAnnouncer';
import { TrainingStrip } from './TrainingStrip';
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
