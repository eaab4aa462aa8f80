import type { KeyboardEvent } from 'react';

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

/** Where each key moves focus (and the selection) in a tab list, from tab i of n. */
const TAB_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A row of joined buttons, exactly one of them on. As tabs it follows the WAI-ARIA tabs pattern:
 * only the selected tab is in the Tab order, and the arrow keys, Home and End move to and select
 * another (the page's own arrow-key shortcuts do not see those keys).
 */
export function Segmented<T extends string>({
  label,
  kind,
  value,
  options,
  onChange,
}: SegmentedProps<T>) {
  function moveTab(event: KeyboardEvent<HTMLDivElement>) {
    const move = TAB_KEYS[event.key];
    const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
    const from = tabs.indexOf(event.target as HTMLElement);
    if (!move || from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    const to = move(from, tabs.length);
    onChange(options[to].value);
    tabs[to].focus();
  }

  return (
    <div
      className="segmented"
      role={kind === 'tab' ? 'tablist' : 'radiogroup'}
      aria-label={label}
      onKeyDown={kind === 'tab' ? moveTab : undefined}
    >
      {options.map((o) => (
        <button
          key={o.value}
          role={kind}
          {...(kind === 'tab'
            ? { 'aria-selected': o.value === value, tabIndex: o.value === value ? 0 : -1 }
            : { 'aria-checked': o.value === value })}
          onClick={(event) => {
            onChange(o.value);
            // A tab chosen with the mouse lets go of focus: the presenter's clicker keys (→,
            // PageDown, Home) then drive the page, not the tab list. Keyboard users keep it.
            if (kind === 'tab' && event.detail > 0) event.currentTarget.blur();
          }}
          data-testid={o.testId}
          lang={o.lang}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
