import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { readNumber } from '../../share/numberText';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  testId?: string;
  onCommit(value: number): void;
}

/**
 * A number input that refuses text, out-of-range and non-integer values with a message. It
 * reads numbers as links do: decimal notation only.
 */
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
  const [invalid, setInvalid] = useState(false);
  const say = useMessages().app;

  function commit() {
    if (text === null) return;
    const v = readNumber(text.trim(), min, max, integer);
    if (v === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(null);
    onCommit(v);
  }

  return (
    <label className={`field${invalid ? ' invalid' : ''}`}>
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={text ?? String(value)}
        data-testid={testId}
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <span className="field-error" role="alert">
          {say.numberError(label, integer ?? false, min, max)}
        </span>
      )}
    </label>
  );
}
