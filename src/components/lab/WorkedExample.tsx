import { useMemo, useState } from 'react';
import type { BiasMode } from '../../lab/worked/classicExample';
import { CLASSIC_PRINTED } from '../../lab/worked/classicExample';
import { handCalculation } from '../../lab/worked/handCalculation';
import { useMessages } from '../../i18n/useMessages';
import { Segmented } from '../ui/Segmented';
import { WorkedCalculation } from './WorkedCalculation';
import { WorkedDiagram } from './WorkedDiagram';
import { WorkedTraining } from './WorkedTraining';
import { WorkedValue } from './WorkedValue';
import './WorkedExample.css';

/**
 * The classic 2-2-2 backpropagation example worked by hand, every number computed by the
 * engine that trains the MNIST network; each number opens its own derivation.
 */
export function WorkedExample() {
  const m = useMessages().lab.worked;
  const [mode, setMode] = useState<BiasMode>('fixed');
  const [openId, setOpenId] = useState<string | null>(null);
  const calc = useMemo(() => handCalculation(mode), [mode]);
  const outO1 = calc.byId.get('out-o1');

  const toggle = (id: string) => setOpenId((current) => (current === id ? null : id));
  // Jumping opens the other number's derivation and brings its line into view.
  const jump = (id: string) => {
    setOpenId(id);
    requestAnimationFrame(() =>
      document.getElementById(`worked-row-${id}`)?.scrollIntoView({ block: 'nearest' }),
    );
  };

  return (
    <div className="worked" data-testid="worked">
      <section className="card worked-intro">
        <h2>{m.heading}</h2>
        <p>
          {m.intro}
          <b>{m.clickAny}</b>
        </p>
        {outO1 && (
          <p className="worked-note" data-testid="worked-typo-note">
            {m.typo(CLASSIC_PRINTED.outO1Typo)}
            <WorkedValue
              id="out-o1"
              role="note"
              value={outO1.value}
              open={false}
              onClick={() => jump('out-o1')}
            />
            {m.typoEnd}
          </p>
        )}
      </section>
      <div className="worked-layout">
        <aside className="worked-side">
          <section className="card worked-network" aria-label={m.networkLabel}>
            <WorkedDiagram calc={calc} openId={openId} onPick={jump} />
            <div className="worked-mode">
              <span>{m.biases}</span>
              <Segmented<BiasMode>
                label={m.biases}
                kind="radio"
                value={mode}
                options={[
                  { value: 'fixed', label: m.biasesFixed, testId: 'worked-bias-fixed' },
                  { value: 'updated', label: m.biasesUpdate, testId: 'worked-bias-updated' },
                ]}
                onChange={setMode}
              />
            </div>
            <p className="worked-note">{m.keepsFixed}</p>
          </section>
          <WorkedTraining mode={mode} />
        </aside>
        <WorkedCalculation calc={calc} openId={openId} onToggle={toggle} onJump={jump} />
      </div>
    </div>
  );
}
