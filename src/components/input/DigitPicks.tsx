const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

interface DigitPicksProps {
  /** What the group asks for, for screen readers. */
  label: string;
  value: number | null;
  testIdPrefix: string;
  onPick(digit: number): void;
}

/** Ten buttons 0-9, the chosen one pressed: the user names a digit. */
export function DigitPicks({ label, value, testIdPrefix, onPick }: DigitPicksProps) {
  return (
    <div className="label-picks" role="group" aria-label={label}>
      {DIGITS.map((d) => (
        <button
          key={d}
          type="button"
          data-testid={`${testIdPrefix}-${d}`}
          aria-pressed={value === d}
          onClick={() => onPick(d)}
        >
          {d}
        </button>
      ))}
    </div>
  );
}
