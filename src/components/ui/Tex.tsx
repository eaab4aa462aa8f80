import katex from 'katex';
import { useEffect, useRef } from 'react';
import { KATEX_OPTIONS } from '../../math/katexOptions';

/**
 * One formula typeset by KaTeX, only when its TeX changes. The TeX is built by the app from
 * numbers, never from user text, and KaTeX trusts only the app's colour classes.
 */
export function Tex({ tex, label }: { tex: string; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) katex.render(tex, ref.current, KATEX_OPTIONS);
  }, [tex]);
  return <div className="tex" ref={ref} aria-label={label} />;
}
