import { useState } from 'react';
import { Segmented } from '../Segmented';
import { ChainLab } from './ChainLab';
import { GraphLab } from './GraphLab';
import { JacobianLab } from './JacobianLab';
import { WorkedExample } from './WorkedExample';

type LabView = 'chain' | 'worked' | 'graph' | 'jacobian';

/** Small worlds where every number fits on the screen and can be checked by hand. */
export function LabPage() {
  const [view, setView] = useState<LabView>('chain');
  return (
    <main className="lab">
      <Segmented<LabView>
        label="Lab"
        kind="tab"
        value={view}
        options={[
          { value: 'chain', label: 'One neuron per layer', testId: 'lab-tab-chain' },
          { value: 'worked', label: 'The 2-2-2 worked example', testId: 'lab-tab-worked' },
          { value: 'graph', label: 'Computational graphs', testId: 'lab-tab-graph' },
          { value: 'jacobian', label: 'Softmax and tanh', testId: 'lab-tab-jacobian' },
        ]}
        onChange={setView}
      />
      {view === 'chain' && <ChainLab />}
      {view === 'worked' && <WorkedExample />}
      {view === 'graph' && <GraphLab />}
      {view === 'jacobian' && <JacobianLab />}
    </main>
  );
}
