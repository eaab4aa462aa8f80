import type { ChainParams } from '../../lab/chain/chainModel';
import type { Quantity } from '../../lab/chain/quantities';
import { nudgeRows } from '../../lab/chain/nudges';
import { plainNumber } from '../../math/texNumber';
import { ChainSymbol } from './ChainFormula';

interface ChainNudgeTableProps {
  params: ChainParams;
  quantity: Quantity;
  /** The chain-rule product the ratios converge to. */
  derivative: number;
}

/** ΔC₀/Δq for shrinking nudges beside the chain rule: the error shrinks with the nudge. */
export function ChainNudgeTable({ params, quantity, derivative }: ChainNudgeTableProps) {
  const rows = nudgeRows(params, quantity, derivative);
  const C = <ChainSymbol q={{ symbol: 'C' }} />;
  const q = <ChainSymbol q={quantity} />;
  return (
    <section className="card chain-nudges" aria-label="Ratio of nudges">
      <h2>Shrinking the nudge</h2>
      <table data-testid="chain-nudge-table">
        <thead>
          <tr>
            <th scope="col">Δ{q}</th>
            <th scope="col">Δ{C}</th>
            <th scope="col">
              Δ{C} / Δ{q}
            </th>
            <th scope="col">minus chain rule</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.nudge}>
              <td>{r.nudge}</td>
              <td>{plainNumber(r.deltaCost, 3)}</td>
              <td data-testid={`chain-nudge-ratio-${i}`} data-value={r.ratio}>
                {plainNumber(r.ratio, 6)}
              </td>
              <td data-testid={`chain-nudge-error-${i}`} data-value={r.error}>
                {plainNumber(r.error, 2)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              chain rule ∂{C}/∂{q}
            </th>
            <td data-testid="chain-nudge-chain" data-value={derivative}>
              {plainNumber(derivative, 6)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="caption">
        Each row reruns the chain with {q} moved by Δ{q}. The ratio settles on the chain-rule value:
        once the nudge is small, a tenfold smaller nudge leaves a tenfold smaller error.
      </p>
    </section>
  );
}
