/**
 * Functions evaluated inside the app page by ui-bench.ts. They must be self-contained: Playwright
 * serialises each one and runs it in the browser.
 */

/** rAF intervals (ms) over `ms` of wall time. */
export function frameIntervals(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    const start = performance.now();
    const tick = (t: number) => {
      times.push(t);
      if (t - start < ms) requestAnimationFrame(tick);
      else resolve(times.slice(1).map((x, i) => x - times[i]));
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Starts recording, for each update of the output bars, the time since the oldest pointer move
 * on the pad that it is the first to reflect. The bars change inside an animation frame's
 * callbacks, and that frame's paint follows directly.
 */
export function recordDrawToBars(): void {
  const pad = document.querySelector('[data-testid="draw-canvas"]');
  const bar = document.querySelector('[data-testid="output-activation-0"]');
  if (!pad || !bar) throw new Error('pad or bars missing');
  const latencies: number[] = [];
  let oldestUnshown: number | null = null;
  pad.addEventListener('pointermove', (e) => (oldestUnshown ??= (e as PointerEvent).timeStamp), {
    capture: true,
  });
  new MutationObserver(() => {
    if (oldestUnshown === null) return;
    latencies.push(performance.now() - oldestUnshown);
    oldestUnshown = null;
  }).observe(bar, { attributes: true, attributeFilter: ['data-value'] });
  (window as unknown as { __latencies: number[] }).__latencies = latencies;
}

export function takeDrawToBars(): number[] {
  return (window as unknown as { __latencies: number[] }).__latencies;
}
