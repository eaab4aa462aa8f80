import { useMessages } from '../../i18n/useMessages';
import { ArchitectureCard } from './ArchitectureCard';
import { BpttPanel } from './BpttPanel';
import { CellChoice } from './CellChoice';
import { ForgetBiasStudy, ScaleStudy } from './FlowStudies';
import { GatesCard } from './GatesCard';
import { GradientFlowCard } from './GradientFlowCard';
import { LongMemoryCard } from './LongMemoryCard';
import { ReadingCard } from './ReadingCard';
import { SequenceInput } from './SequenceInput';
import { SequenceTimeline } from './SequenceTimeline';
import { SwatchLegend } from './SwatchLegend';
import { UnrolledView } from './UnrolledView';
import './sequence.css';

/**
 * Recurrence: an RNN, GRU or LSTM reads the digit row by row. The stage holds the digit and its
 * running answer, the network unrolled in time with the forward-then-BPTT timeline, and the
 * chain rule at the timeline's point; the measurements of gradient flow follow below.
 */
export function SequencePage() {
  const say = useMessages().sequence;
  return (
    <main className="workspace sequence">
      <div className="stage seq-stage">
        <div className="column seq-input-column">
          <SequenceInput />
          <ReadingCard />
        </div>
        <section className="card seq-unrolled" aria-label={say.unrolled.heading}>
          <div className="card-head">
            <h2>{say.unrolled.heading}</h2>
            <CellChoice />
          </div>
          <UnrolledView />
          <p className="caption seq-legend">{say.unrolled.legend}</p>
          <SwatchLegend
            label={say.unrolled.swatches.label}
            entries={[
              { color: '--pos', text: say.unrolled.swatches.positive },
              { color: '--neg', text: say.unrolled.swatches.negative },
              { color: '--raise', text: say.unrolled.swatches.raise },
              { color: '--lower', text: say.unrolled.swatches.lower },
              { color: '--lower', text: say.unrolled.swatches.bars, shape: 'bar' },
            ]}
          />
          <SequenceTimeline />
        </section>
        <BpttPanel />
      </div>
      <GradientFlowCard />
      <div className="seq-studies">
        <ScaleStudy />
        <ForgetBiasStudy />
      </div>
      <GatesCard />
      <LongMemoryCard />
      <ArchitectureCard />
    </main>
  );
}
