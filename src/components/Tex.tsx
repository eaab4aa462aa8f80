import katex from 'katex';
import { useEffect, useRef } from 'react';

/**
 * One formula typeset by KaTeX, only when its TeX changes. The TeX is built by the app from
 * numbers, never from user text, and KaTeX runs with trust off.
 */
export function Tex({ tex, label }: { tex: string; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    katex.render(tex, ref.current, {
      displayMode: true,
      throwOnError: false,
      trust: false,
      strict: 'ignore',
      output: 'htmlAndMathml',
    });
  }, [tex]);
  return <div className="tex" ref={ref} aria-label={label} />;
}
