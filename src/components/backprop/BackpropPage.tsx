import { InputCard } from '../input/InputCard';
import { BatchPanel } from './BatchPanel';
import { ChainRulePanel } from './ChainRulePanel';
import { GradientStrip } from './GradientStrip';
import { LessonLabel } from './LessonLabel';
import { LessonOutputs } from './LessonOutputs';
import { ModelPanel } from '../training/ModelPanel';
import { StepTimeline } from './StepTimeline';
import { useStepKeys } from './useStepKeys';

/** One labelled digit, backpropagation one idea at a time, the chain rule for any neuron. */
export function BackpropPage() {
  useStepKeys();
  return (
    <main className="workspace backprop">
      <div className="column input-column">
        <InputCard />
        <LessonLabel />
      </div>
      <StepTimeline />
      <div className="column output-column">
        <LessonOutputs />
        <ModelPanel />
      </div>
      <ChainRulePanel />
      <BatchPanel />
      <GradientStrip />
    </main>
  );
}
