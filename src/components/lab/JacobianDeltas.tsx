import type { OutputSignals } from '../../lab/jacobian/deltas';
import { paint, sym } from '../../math/symbols';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { Segmented } from '../ui/Segmented';
import { Tex } from '../ui/Tex';
import { Indexed } from './JacobianLabels';

interface JacobianDeltasProps {
  softmax: Float64Array;
  target: number;
  squared: OutputSignals;
  crossEntropy: OutputSignals;
  onTarget(target: number): void;
}

const y = (j: string) => paint('y', `y_{${j}}`);
const yVector = paint('y', 'y');
/** Two lines stacked: the cost, then its δ. */
const stacked = (cost: string, delta: string) =>
  `\\begin{gathered}${sym.C} = ${cost} \\\\ \\delta = ${delta}\\end{gathered}`;
const SQUARED_TEX = stacked(`\\sum_j (s_j - ${y('j')})^2`, `J^{\\top}\\, 2(s - ${yVector})`);
const CROSS_ENTROPY_TEX = stacked(
  `-\\sum_j ${y('j')} \\ln s_j`,
  `J^{\\top}\\!\\left(-\\frac{${yVector}}{s}\\right) = s - ${yVector}`,
);
/** Why the cross-entropy δ collapses: Jᵀ's factor sⱼ cancels the 1/sⱼ of ∂C/∂sⱼ. */
const CANCELLATION_TEX = [
  `\\delta_i = \\sum_j s_j(\\delta_{ji} - s_i)\\left(-\\frac{${y('j')}}{s_j}\\right)`,
  `-${y('i')} + s_i \\sum_j ${y('j')}`,
  `s_i - ${y('i')}`,
].join(' = ');
const COSTS = [
  { id: 'squared', title: 'squared', tex: SQUARED_TEX },
  { id: 'cross-entropy', title: 'crossEntropy', tex: CROSS_ENTROPY_TEX },
] as const;

/** A signed bar for δᵢ on a fixed scale of 1, so a vanishing δ looks like one. */
function DeltaBar({ value }: { value: number }) {
  const half = Math.min(1, Math.abs(value)) * 50;
  return (
    <span className="jacobian-track centred thin">
      <span
        className={`jacobian-fill ${value < 0 ? 'negative' : 'positive'}`}
        style={{ left: `${value < 0 ? 50 - half : 50}%`, width: `${half}%` }}
      />
    </span>
  );
}

/** The output-layer δ of a softmax under both costs, side by side, for a chosen one-hot y. */
export function JacobianDeltas({
  softmax,
  target,
  squared,
  crossEntropy,
  onTarget,
}: JacobianDeltasProps) {
  const m = useMessages().lab.jacobian;
  const signals = { squared, 'cross-entropy': crossEntropy };
  return (
    <section className="card jacobian-deltas" aria-label={m.deltasLabel}>
      <div className="jacobian-deltas-head">
        <h2>
          {m.deltasBefore}δ = ∂C/∂x{m.deltasAfter}
        </h2>
        <div className="jacobian-target">
          <span>
            {m.targetBefore}
            <span className="label-y">y</span>
            {m.targetAfter}
          </span>
          <Segmented<string>
            label={m.targetLabel}
            kind="radio"
            value={String(target)}
            options={Array.from(softmax, (_, i) => ({
              value: String(i),
              label: m.outputNumber(i + 1),
              testId: `jacobian-target-${i + 1}`,
            }))}
            onChange={(v) => onTarget(Number(v))}
          />
        </div>
      </div>
      <div className="jacobian-deltas-body">
        <table className="jacobian-delta-table">
          <thead>
            <tr>
              <th colSpan={3} />
              {COSTS.map((c) => (
                <th key={c.id} colSpan={2} scope="colgroup" className="jacobian-cost-head">
                  {m[c.title]}
                  <Tex tex={c.tex} label={m[c.title]} />
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{m.output}</th>
              <th scope="col">s</th>
              <th scope="col" className="label-y">
                y
              </th>
              {COSTS.map((c) => [
                <th key={`${c.id}-dCds`} scope="col" className="jacobian-cost-start">
                  <span className="sym-c">∂C</span>/∂s
                </th>,
                <th key={`${c.id}-delta`} scope="col">
                  δ
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {Array.from(softmax, (s, i) => (
              <tr key={i} className={i === target ? 'target' : undefined}>
                <th scope="row">
                  <Indexed letter="s" index={i} />
                </th>
                <td>{shownNumber(s)}</td>
                <td className="label-y">{i === target ? 1 : 0}</td>
                {COSTS.map((c) => [
                  <td
                    key={`${c.id}-dCds`}
                    className="jacobian-cost-start"
                    data-testid={`jacobian-${c.id}-dcds-${i + 1}`}
                    data-value={signals[c.id].dCds[i]}
                  >
                    {shownNumber(signals[c.id].dCds[i])}
                  </td>,
                  <td
                    key={`${c.id}-delta`}
                    data-testid={`jacobian-${c.id}-delta-${i + 1}`}
                    data-value={signals[c.id].delta[i]}
                  >
                    {shownNumber(signals[c.id].delta[i])}
                    <DeltaBar value={signals[c.id].delta[i]} />
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {(['cost', 'deltaSize'] as const).map((field) => (
              <tr key={field}>
                <th scope="row" colSpan={3}>
                  {field === 'cost' ? m.cost : m.deltaSize}
                </th>
                {COSTS.map((c) => (
                  <td
                    key={c.id}
                    colSpan={2}
                    className="jacobian-cost-start"
                    data-testid={`jacobian-${c.id}-${field === 'cost' ? 'cost' : 'size'}`}
                    data-value={signals[c.id][field]}
                  >
                    {shownNumber(signals[c.id][field])}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
        <div className="jacobian-why">
          <p>
            <b>{m.whyTitle}</b>
            {m.whyText}
          </p>
          <Tex tex={CANCELLATION_TEX} label={m.cancellation} />
          <p>
            {m.plainError}
            <b>{m.presets['saturated-wrong']}</b>
            {m.plainErrorEnd}
          </p>
        </div>
      </div>
    </section>
  );
}
