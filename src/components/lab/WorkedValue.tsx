import { useMessages } from '../../i18n/useMessages';
import { shown } from '../../lab/worked/quantity';

/** A number with the hand calculation's digits; scientific ones as m × 10ⁿ, not "e-4". */
export function WorkedNumber({ value }: { value: number }) {
  const [mantissa, exponent] = shown(value).split('e');
  if (exponent === undefined) return <>{mantissa}</>;
  return (
    <>
      {mantissa} × 10<sup>{exponent.replace('-', '−')}</sup>
    </>
  );
}

interface WorkedValueProps {
  id: string;
  value: number;
  open: boolean;
  /**
   * Which copy of the number this is, named in its test id: 'value' in the calculation (opens
   * its derivation), 'source' / 'user' in a derivation and 'note' in a remark (jump to it).
   */
  role?: 'value' | 'source' | 'user' | 'note';
  onClick(): void;
}

/** A clickable value: opens (or jumps to) the derivation of quantity `id`. */
export function WorkedValue({ id, value, open, role = 'value', onClick }: WorkedValueProps) {
  const m = useMessages().lab.worked;
  return (
    <button
      type="button"
      className={open ? 'worked-value open' : 'worked-value'}
      data-testid={`worked-${role}-${id}`}
      data-value={value}
      aria-expanded={role === 'value' ? open : undefined}
      title={role === 'value' ? m.howComputed : m.goTo}
      onClick={onClick}
    >
      <WorkedNumber value={value} />
    </button>
  );
}
