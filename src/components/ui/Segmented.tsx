interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  testId: string;
  /** The option's language when it differs from the page's (a language switch's options). */
  lang?: string;
}

interface SegmentedProps<T extends string> {
  label: string;
  /** 'tab' for switching what a card shows, 'radio' for a display setting. */
  kind: 'tab' | 'radio';
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange(value: T): void;
}

/** A row of joined buttons, exactly one of them on. */
export function Segmented<T extends string>({
  label,
  kind,
  value,
  options,
  onChange,
}: SegmentedProps<T>) {
  return (
    <div className="segmented" role={kind === 'tab' ? 'tablist' : 'radiogroup'} aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          role={kind}
          {...(kind === 'tab'
            ? { 'aria-selected': o.value === value }
            : { 'aria-checked': o.value === value })}
          onClick={() => onChange(o.value)}
          data-testid={o.testId}
          lang={o.lang}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
