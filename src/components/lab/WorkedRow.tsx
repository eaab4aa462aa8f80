import { rowParts } from '../../lab/worked/derivation';
import type { HandCalculation } from '../../lab/worked/handCalculation';
import type { WorkedQuantity } from '../../lab/worked/quantity';
import { WorkedDerivation } from './WorkedDerivation';
import { WorkedTex } from './WorkedTex';
import { WorkedValue } from './WorkedValue';

interface WorkedRowProps {
  quantity: WorkedQuantity;
  calc: HandCalculation;
  open: boolean;
  /** The open derivation was computed from this row. */
  isSource: boolean;
  /** False where the section shows the derivation itself (the grid of given numbers). */
  inline: boolean;
  onToggle(id: string): void;
  onJump(id: string): void;
}

/**
 * One line of the hand calculation, "x = rule = numbers = [value]", in pieces that wrap at the
 * equals signs; its derivation opens right under it when the value is clicked.
 */
export function WorkedRow({
  quantity,
  calc,
  open,
  isSource,
  inline,
  onToggle,
  onJump,
}: WorkedRowProps) {
  const className = ['worked-row', open && 'open', isSource && 'source'].filter(Boolean).join(' ');
  return (
    <div
      className={className}
      id={`worked-row-${quantity.id}`}
      data-testid={`worked-row-${quantity.id}`}
    >
      <div className="worked-line">
        {rowParts(quantity).map((part, i) => (
          <WorkedTex key={i} tex={part} />
        ))}
        <WorkedValue
          id={quantity.id}
          value={quantity.value}
          open={open}
          onClick={() => onToggle(quantity.id)}
        />
      </div>
      {open && inline && <WorkedDerivation quantity={quantity} calc={calc} onJump={onJump} />}
    </div>
  );
}
