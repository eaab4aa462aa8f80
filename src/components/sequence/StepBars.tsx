import { useEffect, useRef } from 'react';
import { shownNumber } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { SEQUENCE_STEPS } from '../../sequence/shownReading';

const STEPS = Array.from({ length: SEQUENCE_STEPS }, (_, i) => i + 1);

/** The log scale's floor, in decades below the largest value. */
const DECADES = 8;

/**
 * One bar per time step on a log scale, each carrying its value in `data-value`: the values
 * come from the store and are written into the bars, not rendered by React.
 */
export function StepBars({
  values,
  testIdPrefix,
  label,
  tone,
}: {
  values: (s: AppState) => Float64Array | null;
  testIdPrefix: string;
  label: string;
  tone: 'gradient' | 'share';
}) {
  const bars = useRef<HTMLLIElement[]>([]);
  useEffect(() => {
    const paint = (s: AppState) => {
      const v = values(s);
      const top = v ? Math.max(...v) : 0;
      bars.current.forEach((bar, i) => {
        const value = v?.[i] ?? null;
        const share =
          value !== null && top > 0 && value > 0
            ? Math.max(0, 1 + Math.log10(value / top) / DECADES)
            : 0;
        bar.style.setProperty('--share', String(share));
        bar.dataset.value = value === null ? '' : String(value);
        bar.title = value === null ? '' : `t = ${i + 1}: ${shownNumber(value)}`;
      });
    };
    paint(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (values(s) !== values(prev)) paint(s);
    });
  }, [values]);
  return (
    <ol className={`seq-step-bars ${tone}`} aria-label={label}>
      {STEPS.map((t) => (
        <li
          key={t}
          data-testid={`${testIdPrefix}-${t}`}
          ref={(node) => {
            if (node) bars.current[t - 1] = node;
          }}
        >
          <span className="seq-bar" />
          {(t === 1 || t % 7 === 0) && <span className="seq-bar-t">{t}</span>}
        </li>
      ))}
    </ol>
  );
}
