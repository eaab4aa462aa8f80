import { DigitCard } from './DigitCard';
import { ModelPanel } from './ModelPanel';
import { Notices } from './Notices';
import { OutputBars } from './OutputBars';
import { TrainingStrip } from './TrainingStrip';

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
      <main className="first-screen">
        <DigitCard />
        <OutputBars />
        <ModelPanel />
        <TrainingStrip />
      </main>
    </div>
  );
}
