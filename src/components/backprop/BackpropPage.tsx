import { InputCard } from '../input/InputCard';
import { ModelPanel } from '../training/ModelPanel';
import { BatchPanel } from './BatchPanel';
import { ChainRulePanel } from './ChainRulePanel';
import { GradientStrip } from './GradientStrip';
import { LessonLabel } from './LessonLabel';
import { LessonOutputs } from './LessonOutputs';
import { StepNetwork } from './StepNetwork';
import { StepTimeline } from './StepTimeline';
import { useStepKeys } from './useStepKeys';

/**
 * One labelled digit, backpropagation one idea at a time, the chain rule for any neuron. The
 * stage holds, at every step, the step's title and controls, the network, the outputs with
 * their cost and the step's formula; the digit and its target, the model, the mini-batch and
 * the whole gradient follow below (the digit beside the stage on a wide screen).
 */
export function BackpropPage() {
  useStepKeys();
  return (
    <main className="workspace backprop">
      <div className="column input-column">
        <InputCard />
        <LessonLabel />
      </div>
      <div className="stage">
        <StepTimeline />
        <StepNetwork />
        <LessonOutputs />
        <ChainRulePanel />
      </div>
      <ModelPanel />
      <BatchPanel />
      <GradientStrip />
    </main>
  );
}
