import type { HandCalculation } from '../../lab/worked/handCalculation';
import type { WorkedSection } from '../../lab/worked/quantity';
import { useMessages } from '../../i18n/useMessages';
import { WorkedDerivation } from './WorkedDerivation';
import { WorkedRow } from './WorkedRow';

interface WorkedCalculationProps {
  calc: HandCalculation;
  openId: string | null;
  onToggle(id: string): void;
  onJump(id: string): void;
}

/**
 * The hand calculation of the first step, section by section in one column, top to bottom as
 * it is worked on paper.
 */
export function WorkedCalculation({ calc, openId, onToggle, onJump }: WorkedCalculationProps) {
  const m = useMessages().lab.worked;
  const open = openId === null ? undefined : calc.byId.get(openId);
  const sources = new Set(open?.sources ?? []);
  const section = (s: WorkedSection) => {
    // The given numbers sit in a compact grid; their derivation opens below the grid.
    const givenOpen = s.id === 'given' && open && s.quantities.includes(open);
    return (
      <section
        key={s.id}
        className={`card worked-section worked-${s.id}`}
        data-testid={`worked-section-${s.id}`}
        aria-label={m.titles[s.title]}
      >
        <h3>{m.titles[s.title]}</h3>
        {s.notes.map((note) => (
          <p key={note} className="worked-note">
            {m.notes[note]}
          </p>
        ))}
        <div className="worked-rows">
          {s.quantities.map((q) => (
            <WorkedRow
              key={q.id}
              quantity={q}
              calc={calc}
              open={q === open}
              inline={s.id !== 'given'}
              isSource={sources.has(q.id)}
              onToggle={onToggle}
              onJump={onJump}
            />
          ))}
        </div>
        {givenOpen && <WorkedDerivation quantity={open} calc={calc} onJump={onJump} />}
      </section>
    );
  };
  return <div className="worked-calc">{calc.sections.map(section)}</div>;
}
