import { useEffect, useRef } from 'react';

type Typeset = (tex: string, into: HTMLElement) => void;

/** Set once KaTeX has loaded: formulas after the first are typeset at once. */
let typesetNow: Typeset | null = null;
let loading: Promise<Typeset> | null = null;

/**
 * KaTeX (about a third of the app's script) loads with the first formula: the first screen has
 * none, so its answer does not wait for it. A failed load is tried again by the next formula.
 */
function loadTypeset(): Promise<Typeset> {
  loading ??= import('./katexTypeset').then(
    (m) => (typesetNow = m.typeset),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * One formula typeset by KaTeX, only when its TeX changes. The TeX is built by the app from
 * numbers, never from user text, and KaTeX trusts only the app's colour classes.
 */
export function Tex({ tex, label }: { tex: string; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (typesetNow) {
      if (ref.current) typesetNow(tex, ref.current);
      return;
    }
    let current = true;
    const show = (write: (into: HTMLElement) => void) => {
      if (!current || !ref.current) return;
      write(ref.current);
      ref.current.removeAttribute('aria-busy');
    };
    loadTypeset().then(
      (typeset) => show((into) => typeset(tex, into)),
      // Offline before KaTeX was ever kept: the formula's source is better than nothing.
      () => show((into) => (into.textContent = tex)),
    );
    return () => {
      current = false;
    };
  }, [tex]);
  // Busy until the first formula's KaTeX has loaded (tests and screen readers wait for it).
  return (
    <div className="tex" ref={ref} aria-label={label} aria-busy={typesetNow ? undefined : true} />
  );
}
