import { useEffect, useState } from 'react';
import type { TrainingSnapshot } from '../worker/protocol';
import { useAppStore } from './appStore';

/**
 * The latest snapshot, re-rendering at most every `ms` (numbers people read, not animate).
 * While `active` is false nothing subscribes, so a hidden reader costs no renders; every
 * render reads the newest snapshot, so turning active never shows an old one.
 */
export function useThrottledSnapshot(ms = 100, active = true): TrainingSnapshot | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer) return;
      timer = setTimeout(() => {
        timer = null;
        setTick((t) => t + 1);
      }, ms);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [ms, active]);
  return useAppStore.getState().snapshot;
}
