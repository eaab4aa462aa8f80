import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

interface ChainMeasuredProps {
  className?: string;
  children(width: number): ReactNode;
}

/**
 * Renders its child at the pixel width it is given, so SVG text keeps its real size (a scaled
 * viewBox would shrink the labels below projector-readable sizes on a small screen).
 */
export function ChainMeasured({ className, children }: ChainMeasuredProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className}>
      {width > 0 && children(width)}
    </div>
  );
}
