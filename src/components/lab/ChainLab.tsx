import { useMemo, useReducer } from 'react';
import { traceChain } from '../../lab/chain/chainModel';
import { STUDIED, chainFactors, product } from '../../lab/chain/factors';
import { INITIAL_LAB, chainLabReducer } from '../../lab/chain/labState';
import { useMessages } from '../../i18n/useMessages';
import { ChainDerivative } from './ChainDerivative';
import { ChainDescent } from './ChainDescent';
import { ChainNudgeTable } from './ChainNudgeTable';
import { ChainTree } from './ChainTree';
import './ChainLab.css';

/**
 * 3Blue1Brown's chain: one neuron per layer, every quantity on a number line. Drag a parameter,
 * watch the nudge travel up the tree, and compare the ratio of nudges with the chain rule.
 */
export function ChainLab() {
  const [state, dispatch] = useReducer(chainLabReducer, INITIAL_LAB);
  const m = useMessages().lab.chain;
  const { params, studied } = state;
  const trace = useMemo(() => traceChain(params), [params]);
  const anchor = useMemo(
    () => (state.anchor ? { params: state.anchor, trace: traceChain(state.anchor) } : null),
    [state.anchor],
  );
  const q = STUDIED[studied];
  const derivative = product(chainFactors(q, params, trace));

  return (
    <div className="chain-lab" data-testid="chain-lab">
      <section className="card chain-graph" aria-label={m.sectionLabel}>
        <h2>{m.heading}</h2>
        <p className="caption">{m.caption}</p>
        <ChainTree
          params={params}
          trace={trace}
          anchor={anchor}
          studied={q}
          onGrab={(quantity) => dispatch({ type: 'grab', quantity })}
          onDrag={(quantity, value) => dispatch({ type: 'drag', quantity, value })}
          onNudge={(quantity, by) => dispatch({ type: 'nudge', quantity, by })}
        />
      </section>
      <ChainDerivative
        studied={studied}
        params={params}
        trace={trace}
        anchor={anchor}
        onStudy={(s) => dispatch({ type: 'study', studied: s })}
      />
      <ChainNudgeTable params={params} quantity={q} derivative={derivative} />
      <ChainDescent
        params={params}
        cost={trace.cost}
        costs={state.costs}
        onStep={(learningRate) => dispatch({ type: 'descend', learningRate })}
        onReset={() => dispatch({ type: 'reset' })}
      />
    </div>
  );
}
