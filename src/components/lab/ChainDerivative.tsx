import type { ChainParams, ChainTrace } from '../../lab/chain/chainModel';
import { LAST_LAYER } from '../../lab/chain/chainModel';
import type { StudiedId } from '../../lab/chain/factors';
import { STUDIED, chainFactors, engineDerivative, fedLayer } from '../../lab/chain/factors';
import { chainRuleTex } from '../../lab/chain/formulaTex';
import { quantityValue } from '../../lab/chain/quantities';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { Segmented } from '../ui/Segmented';
import { Tex } from '../ui/Tex';
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
  const m = useMessages().lab.chain;
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
    <section className="card chain-derivative" aria-label={m.derivativeHeading}>
      <div className="card-head">
        <h2>{m.derivativeHeading}</h2>
        <Segmented<StudiedId>
          label={m.studyLabel}
          kind="radio"
          value={studied}
          options={STUDY_OPTIONS}
          onChange={onStudy}
        />
      </div>
      <Tex tex={chainRuleTex(q, factors)} label={m.chainRuleTex} />
      <ChainProduct factors={factors} testId="chain-product" />
      <p className="chain-engine">
        {m.engine}
        <ChainPartial of={COST} by={q} /> ={' '}
        <b className="chain-num" data-testid="chain-engine" data-value={engine}>
          {shownNumber(engine, 4)}
        </b>
      </p>
      <ChainMeasured className="chain-factors">
        {(width) => {
          const plotWidth = Math.floor((width - 2 * FACTOR_GAP) / 3);
          return factors.map((f, i) => (
            <figure key={i} className="chain-factor" style={{ width: plotWidth }}>
              <figcaption>
                {m.slope} <ChainPartial of={f.numerator} by={f.denominator} />
                <br />= <span className="chain-num">{shownNumber(f.value, 4)}</span>
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
            label={m.furtherTex}
          />
          <ChainProduct factors={chainFactors(further, params, trace)} testId="chain-expansion" />
        </div>
      )}
      <p className="chain-drag" data-testid="chain-drag">
        {dq !== 0 ? (
          <>
            {m.yourNudge} Δ<ChainSymbol q={q} /> ={' '}
            <span className="chain-num" data-testid="chain-drag-dq" data-value={dq}>
              {shownNumber(dq, 3)}
            </span>
            , Δ<ChainSymbol q={COST} /> ={' '}
            <span className="chain-num" data-testid="chain-drag-dc" data-value={dC}>
              {shownNumber(dC, 3)}
            </span>
            , {m.ratio}{' '}
            <b className="chain-num" data-testid="chain-drag-ratio" data-value={dC / dq}>
              {shownNumber(dC / dq, 4)}
            </b>
          </>
        ) : (
          <>
            {m.dragBefore}
            <ChainSymbol q={q} />
            {m.dragAfter}
          </>
        )}
      </p>
    </section>
  );
}
