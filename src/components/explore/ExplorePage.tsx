import { ConfusionMatrix } from '../training/ConfusionMatrix';
import { InputCard } from '../input/InputCard';
import { NetworkCard } from '../network/NetworkCard';
import { DetailPanel } from './DetailPanel';
import { OutputBars } from './OutputBars';
import { PredictionAnnouncer } from './PredictionAnnouncer';
import { WeightStrip } from './WeightStrip';

/**
 * Draw or pick a digit and watch every neuron respond; train the network. The first screen (the
 * stage) holds the input and the answer, the network, and beside it the neuron pointed at or
 * the training; the weight images and the test set's confusion follow below.
 */
export function ExplorePage() {
  return (
    <main className="workspace explore">
      <div className="stage">
        <div className="column input-column">
          <InputCard />
          <OutputBars />
          <PredictionAnnouncer />
        </div>
        <NetworkCard />
        <DetailPanel />
      </div>
      <WeightStrip />
      <ConfusionMatrix />
    </main>
  );
}
