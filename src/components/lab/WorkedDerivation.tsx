import { derivationTex, valueTex } from '../../lab/worked/derivation';
import type { HandCalculation } from '../../lab/worked/handCalculation';
import type { WorkedQuantity } from '../../lab/worked/quantity';
import { useMessages } from '../../i18n/useMessages';
import { WorkedTex } from './WorkedTex';
import { WorkedValue } from './WorkedValue';

interface LinkedListProps {
  title: string;
  ids: readonly string[];
  calc: HandCalculation;
  role: 'source' | 'user';
  onJump(id: string): void;
}

/** Quantities linked to the open one, each with a button that jumps to its own derivation. */
function LinkedList({ title, ids, calc, role, onJump }: LinkedListProps) {
  const quantities = ids.flatMap((id) => calc.byId.get(id) ?? []);
  if (quantities.length === 0) return null;
  return (
    <div className="worked-links">
      <h4>{title}</h4>
      <ul>
        {quantities.map((q) => (
          <li key={q.id}>
            <WorkedTex tex={`${q.symbol} =`} />
            <WorkedValue
              id={q.id}
              value={q.value}
              open={false}
              role={role}
              onClick={() => onJump(q.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface WorkedDerivationProps {
  quantity: WorkedQuantity;
  calc: HandCalculation;
  onJump(id: string): void;
}

/** How one number was computed: its derivation line by line, why, and what it came from. */
export function WorkedDerivation({ quantity, calc, onJump }: WorkedDerivationProps) {
  const m = useMessages().lab.worked;
  const isGiven = quantity.sources.length === 0;
  return (
    <div
      className="worked-derivation"
      data-testid={`worked-derivation-${quantity.id}`}
      role="region"
      aria-label={m.derivation}
    >
      <WorkedTex tex={isGiven ? valueTex(quantity) : derivationTex(quantity)} />
      <p className="worked-why">{m.why[quantity.why]}</p>
      <div className="worked-link-lists">
        <LinkedList
          title={m.computedFrom}
          ids={quantity.sources}
          calc={calc}
          role="source"
          onJump={onJump}
        />
        <LinkedList
          title={m.usedToCompute}
          ids={calc.usedBy.get(quantity.id) ?? []}
          calc={calc}
          role="user"
          onJump={onJump}
        />
      </div>
    </div>
  );
}
