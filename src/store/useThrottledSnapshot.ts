import { useEffect, useState } from 'react';
import type { TrainingSnapshot } from '../worker/protocol';
import { useAppStore } from './appStore';

/** The latest snapshot, re-rendering at most every `ms` (numbers people read, not animate). */
export function useThrottledSnapshot(ms = 100): TrainingSnapshot | null {
  const [snapshot, setSnapshot] = useState(() => useAppStore.getState().snapshot);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer) return;
      timer = setTimeout(() => {
        timer = null;
        setSnapshot(useAppStore.getState().snapshot);
      }, ms);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [ms]);
  return snapshot;
}
