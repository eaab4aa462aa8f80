import { useMemo, useState } from 'react';
import type { BiasMode } from '../../lab/worked/classicExample';
import { CLASSIC_PRINTED } from '../../lab/worked/classicExample';
import { handCalculation } from '../../lab/worked/handCalculation';
import { Segmented } from '../Segmented';
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
        <h2>The 2-2-2 worked example</h2>
        <p>
          The classic hand calculation of backpropagation: two inputs, two hidden and two output
          neurons, sigmoid everywhere, one training example and learning rate 0.5. Every number
          below comes from the same engine that trains the MNIST network.{' '}
          <b>Click any number to see how it was computed.</b>
        </p>
        {outO1 && (
          <p className="worked-note" data-testid="worked-typo-note">
            A widely copied version prints out(o₁) = {CLASSIC_PRINTED.outO1Typo}; that is a typo.
            σ(net(o₁)) is{' '}
            <WorkedValue
              id="out-o1"
              role="note"
              value={outO1.value}
              open={false}
              onClick={() => jump('out-o1')}
            />
            .
          </p>
        )}
      </section>
      <div className="worked-layout">
        <aside className="worked-side">
          <section className="card worked-network" aria-label="The network">
            <WorkedDiagram calc={calc} openId={openId} onPick={jump} />
            <div className="worked-mode">
              <span>Biases</span>
              <Segmented<BiasMode>
                label="Biases"
                kind="radio"
                value={mode}
                options={[
                  { value: 'fixed', label: 'Classic: biases fixed', testId: 'worked-bias-fixed' },
                  { value: 'updated', label: 'Update biases too', testId: 'worked-bias-updated' },
                ]}
                onChange={setMode}
              />
            </div>
            <p className="worked-note">The classic write-up keeps b₁ and b₂ fixed.</p>
          </section>
          <WorkedTraining mode={mode} />
        </aside>
        <WorkedCalculation calc={calc} openId={openId} onToggle={toggle} onJump={jump} />
      </div>
    </div>
  );
}
