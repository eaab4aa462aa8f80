import type { ChainParams, ChainTrace } from '../../lab/chain/chainModel';
import { LAST_LAYER } from '../../lab/chain/chainModel';
import type { StudiedId } from '../../lab/chain/factors';
import { STUDIED, chainFactors, engineDerivative, fedLayer } from '../../lab/chain/factors';
import { chainRuleTex } from '../../lab/chain/formulaTex';
import { quantityValue } from '../../lab/chain/quantities';
import { plainNumber } from '../../math/texNumber';
import { Segmented } from '../Segmented';
import { Tex } from '../Tex';
import { ChainFactorPlot } from './ChainFactorPlot';
import { ChainPartial, ChainProduct, ChainSymbol } from './ChainFormula';
import { ChainMeasured } from './ChainMeasured';

const FACTOR_GAP = 10;
const COST = { symbol: 'C' } as const;

const STUDY_OPTIONS: { value: StudiedId; label: string; testId: string }[] = [
  { value: 'w3', label: 'wᴸ', testId: 'chain-study-w3' },
  { value: 'b3', label: 'bᴸ', testId: 'chain-study-b3' },
  { value: 'a2', label: 'aᴸ⁻¹', testId: 'chain-study-a2' },
  { value: 'w2', label: 'wᴸ⁻¹', testId: 'chain-study-w2' },
  { value: 'b2', label: 'bᴸ⁻¹', testId: 'chain-study-b2' },
];

interface ChainDerivativeProps {
  studied: StudiedId;
  params: ChainParams;
  trace: ChainTrace;
  anchor: { params: ChainParams; trace: ChainTrace } | null;
  onStudy(studied: StudiedId): void;
}

/** The chain rule for the studied quantity: symbols, numbers, and each factor as a slope. */
export function ChainDerivative({ studied, params, trace, anchor, onStudy }: ChainDerivativeProps) {
  const q = STUDIED[studied];
  const factors = chainFactors(q, params, trace);
  const layer = fedLayer(q);
  // One layer back, ∂C₀/∂a⁽ˡ⁾ is itself the product the last layer already worked out.
  const further = layer < LAST_LAYER ? ({ symbol: 'a', layer } as const) : null;
  const engine = engineDerivative(q, trace);
  const dq = anchor
    ? quantityValue(q, params, trace) - quantityValue(q, anchor.params, anchor.trace)
    : 0;
  const dC = anchor ? trace.cost - anchor.trace.cost : 0;

  return (
    <section className="card chain-derivative" aria-label="The chain rule">
      <div className="card-head">
        <h2>The chain rule</h2>
        <Segmented<StudiedId>
          label="Derivative of C₀ with respect to"
          kind="radio"
          value={studied}
          options={STUDY_OPTIONS}
          onChange={onStudy}
        />
      </div>
      <Tex tex={chainRuleTex(q, factors)} label="chain rule" />
      <ChainProduct factors={factors} testId="chain-product" />
      <p className="chain-engine">
        Backprop in the engine: <ChainPartial of={COST} by={q} /> ={' '}
        <b className="chain-num" data-testid="chain-engine" data-value={engine}>
          {plainNumber(engine, 4)}
        </b>
      </p>
      <ChainMeasured className="chain-factors">
        {(width) => {
          const plotWidth = Math.floor((width - 2 * FACTOR_GAP) / 3);
          return factors.map((f, i) => (
            <figure key={i} className="chain-factor" style={{ width: plotWidth }}>
              <figcaption>
                slope <ChainPartial of={f.numerator} by={f.denominator} />
                <br />= <span className="chain-num">{plainNumber(f.value, 4)}</span>
              </figcaption>
              <ChainFactorPlot factor={f} width={plotWidth} testId={`chain-factor-plot-${i}`} />
            </figure>
          ));
        }}
      </ChainMeasured>
      {further && (
        <div className="chain-expansion">
          <Tex
            tex={chainRuleTex(further, chainFactors(further, params, trace))}
            label="one layer further"
          />
          <ChainProduct factors={chainFactors(further, params, trace)} testId="chain-expansion" />
        </div>
      )}
      <p className="chain-drag" data-testid="chain-drag">
        {dq !== 0 ? (
          <>
            Your nudge: Δ<ChainSymbol q={q} /> ={' '}
            <span className="chain-num" data-testid="chain-drag-dq" data-value={dq}>
              {plainNumber(dq, 3)}
            </span>
            , Δ<ChainSymbol q={COST} /> ={' '}
            <span className="chain-num" data-testid="chain-drag-dc" data-value={dC}>
              {plainNumber(dC, 3)}
            </span>
            , ratio{' '}
            <b className="chain-num" data-testid="chain-drag-ratio" data-value={dC / dq}>
              {plainNumber(dC / dq, 4)}
            </b>
          </>
        ) : (
          <>
            Drag the <ChainSymbol q={q} /> marker (or focus it and press the arrow keys) to see the
            ratio of the nudges.
          </>
        )}
      </p>
    </section>
  );
}
