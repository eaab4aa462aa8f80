import { InputCard } from './InputCard';
import { ModelPanel } from './ModelPanel';
import { NetworkCard } from './NetworkCard';
import { NeuronCard } from './NeuronCard';
import { Notices } from './Notices';
import { OutputBars } from './OutputBars';
import { TrainingStrip } from './TrainingStrip';
import { WeightStrip } from './WeightStrip';

export function App() {
  return (
    <div className="app">
      <header>
        <h1>
          Delta<span className="accent">Scope</span>
        </h1>
        <p className="tagline">Watch a 784-16-16-10 network read handwritten digits, and learn.</p>
      </header>
      <Notices />
      <main className="workspace">
        <div className="column input-column">
          <InputCard />
          <NeuronCard />
        </div>
        <NetworkCard />
        <div className="column output-column">
          <OutputBars />
          <ModelPanel />
        </div>
        <WeightStrip />
        <TrainingStrip />
      </main>
    </div>
  );
}
