import { useEffect, useState } from 'react';

/** A talk's clock: seconds since it started, pausable and resettable; ticks once a second. */
export function usePresenterTimer(): {
  seconds: number;
  running: boolean;
  toggle: () => void;
  reset: () => void;
} {
  const [elapsedBefore, setElapsedBefore] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  const seconds = Math.floor((elapsedBefore + (since === null ? 0 : now - since)) / 1000);
  return {
    seconds,
    running: since !== null,
    toggle: () => {
      if (since === null) {
        setSince(Date.now());
        setNow(Date.now());
      } else {
        setElapsedBefore((e) => e + Date.now() - since);
        setSince(null);
      }
    },
    reset: () => {
      setElapsedBefore(0);
      setNow(Date.now());
      setSince((s) => (s === null ? null : Date.now()));
    },
  };
}

/** "m:ss", or "h:mm:ss" past an hour. */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
