import { useMessages } from '../../i18n/useMessages';
import type { LabView } from '../../vocabulary';
import { useAppStore } from '../../store/appStore';
import { Segmented } from '../ui/Segmented';
import { ChainLab } from './ChainLab';
import { GraphLab } from './GraphLab';
import { JacobianLab } from './JacobianLab';
import { WorkedExample } from './WorkedExample';

/** Small worlds where every number fits on the screen and can be checked by hand. */
export function LabPage() {
  const view = useAppStore((s) => s.labView);
  const setView = useAppStore((s) => s.setLabView);
  const m = useMessages().lab.tabs;
  return (
    <main className="lab">
      <Segmented<LabView>
        label={m.label}
        kind="tab"
        value={view}
        options={[
          { value: 'chain', label: m.chain, testId: 'lab-tab-chain' },
          { value: 'worked', label: m.worked, testId: 'lab-tab-worked' },
          { value: 'graph', label: m.graph, testId: 'lab-tab-graph' },
          { value: 'jacobian', label: m.jacobian, testId: 'lab-tab-jacobian' },
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
