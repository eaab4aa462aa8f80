import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  testId?: string;
  onCommit(value: number): void;
}

/** A number input that refuses text, out-of-range and non-integer values with a message. */
export function NumberField({
  label,
  value,
  min,
  max,
  integer,
  testId,
  onCommit,
}: NumberFieldProps) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');

  function commit() {
    if (text === null) return;
    const v = Number(text.trim());
    const ok =
      text.trim() !== '' &&
      Number.isFinite(v) &&
      v >= min &&
      v <= max &&
      (!integer || Number.isInteger(v));
    if (!ok) {
      setError(
        `${label} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`,
      );
      return;
    }
    setError('');
    setText(null);
    onCommit(v);
  }

  return (
    <label className={`field${error ? ' invalid' : ''}`}>
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={text ?? String(value)}
        data-testid={testId}
        aria-invalid={error !== ''}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
