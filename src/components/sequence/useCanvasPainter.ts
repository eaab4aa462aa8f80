import { useEffect, useRef } from 'react';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';

/**
 * A canvas painted from the store, not from React renders: at once, then at most once per
 * animation frame after a change `changed` cares about, and whenever the canvas is resized.
 * `paint` and `changed` must be stable (module-level functions).
 */
export function useCanvasPainter(
  paint: (canvas: HTMLCanvasElement, s: AppState) => void,
  changed: (s: AppState, prev: AppState) => boolean,
) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      paint(canvas, useAppStore.getState());
    };
    const request = () => {
      frame ||= requestAnimationFrame(draw);
    };
    draw();
    const observer = new ResizeObserver(request);
    observer.observe(canvas);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (changed(s, prev)) request();
    });
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [paint, changed]);
  return ref;
}
