import { useEffect, useRef } from 'react';

/** Calls tick every `ms` while `running`; the newest tick function is always the one called. */
export function useTicker(running: boolean, ms: number, tick: () => void): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [running, ms]);
}
