import type { Factor } from '../../lab/chain/factors';
import type { Quantity } from '../../lab/chain/quantities';
import { quantityColor, quantityLabel } from '../../lab/chain/quantities';
import { useVizColors } from '../ui/useVizColors';
import { shownNumber } from '../../math/shownNumber';

/** A quantity's name in its colour, as plain text (cheap enough to redraw while dragging). */
export function ChainSymbol({ q }: { q: Quantity }) {
  const colors = useVizColors();
  return <span style={{ color: quantityColor(q, colors) }}>{quantityLabel(q)}</span>;
}

interface ChainProductProps {
  factors: readonly Factor[];
  testId: string;
}

/** The factors' values multiplied out: 0.442 × 0.249 × (−1.06) = −0.116. */
export function ChainProduct({ factors, testId }: ChainProductProps) {
  const result = factors.reduce((acc, f) => acc * f.value, 1);
  return (
    <p className="chain-product">
      ={' '}
      {factors.map((f, i) => (
        <span key={i}>
          {i > 0 && ' × '}
          <span className="chain-num" data-testid={`${testId}-factor-${i}`} data-value={f.value}>
            {f.value < 0 ? `(${shownNumber(f.value, 4)})` : shownNumber(f.value, 4)}
          </span>
        </span>
      ))}{' '}
      ={' '}
      <b className="chain-num sym-c" data-testid={testId} data-value={result}>
        {shownNumber(result, 4)}
      </b>
    </p>
  );
}

/** ∂of/∂by in colour, as plain text. */
export function ChainPartial({ of, by }: { of: Quantity; by: Quantity }) {
  return (
    <span className="chain-partial">
      ∂<ChainSymbol q={of} />
      /∂
      <ChainSymbol q={by} />
    </span>
  );
}
