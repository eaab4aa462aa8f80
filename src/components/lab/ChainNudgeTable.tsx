import type { ChainParams } from '../../lab/chain/chainModel';
import type { Quantity } from '../../lab/chain/quantities';
import { nudgeRows } from '../../lab/chain/nudges';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { ChainSymbol } from './ChainFormula';

interface ChainNudgeTableProps {
  params: ChainParams;
  quantity: Quantity;
  /** The chain-rule product the ratios converge to. */
  derivative: number;
}

/** ΔC₀/Δq for shrinking nudges beside the chain rule: the error shrinks with the nudge. */
export function ChainNudgeTable({ params, quantity, derivative }: ChainNudgeTableProps) {
  const m = useMessages().lab.chain;
  const rows = nudgeRows(params, quantity, derivative);
  const C = <ChainSymbol q={{ symbol: 'C' }} />;
  const q = <ChainSymbol q={quantity} />;
  return (
    <section className="card chain-nudges" aria-label={m.nudgesLabel}>
      <h2>{m.nudgesHeading}</h2>
      <table data-testid="chain-nudge-table">
        <thead>
          <tr>
            <th scope="col">Δ{q}</th>
            <th scope="col">Δ{C}</th>
            <th scope="col">
              Δ{C} / Δ{q}
            </th>
            <th scope="col">{m.minusChainRule}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.nudge}>
              <td>{r.nudge}</td>
              <td>{shownNumber(r.deltaCost, 3)}</td>
              <td data-testid={`chain-nudge-ratio-${i}`} data-value={r.ratio}>
                {shownNumber(r.ratio, 6)}
              </td>
              <td data-testid={`chain-nudge-error-${i}`} data-value={r.error}>
                {shownNumber(r.error, 2)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {m.chainRuleRow} ∂{C}/∂{q}
            </th>
            <td data-testid="chain-nudge-chain" data-value={derivative}>
              {shownNumber(derivative, 6)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="caption">
        {m.nudgesBefore}
        {q}
        {m.nudgesMiddle}
        {q}
        {m.nudgesAfter}
      </p>
    </section>
  );
}
