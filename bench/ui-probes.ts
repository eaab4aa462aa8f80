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
 * on the pad (pen down) that it is the first to reflect. The bars change while the frame
 * handles the move (or in its animation-frame callbacks), and that frame's paint follows
 * directly; the app writes a bar's value only when it changes, so every write counted is a new
 * answer. Listens at the document, so pad and bars that React re-mounts (training starting or
 * stopping) are still followed.
 */
export function recordDrawToBars(): void {
  const latencies: number[] = [];
  let oldestUnshown: number | null = null;
  const isPad = (t: EventTarget | null) =>
    t instanceof Element && t.getAttribute('data-testid') === 'draw-canvas';
  document.addEventListener(
    'pointermove',
    (e) => {
      // Only a move with the pen down draws; a hover over the pad changes nothing to answer.
      if (isPad(e.target) && e.buttons !== 0) oldestUnshown ??= e.timeStamp;
    },
    { capture: true },
  );
  new MutationObserver((records) => {
    if (oldestUnshown === null) return;
    const barChanged = records.some(
      (r) =>
        r.target instanceof Element &&
        r.target.getAttribute('data-testid') === 'output-activation-0',
    );
    if (!barChanged) return;
    latencies.push(performance.now() - oldestUnshown);
    oldestUnshown = null;
  }).observe(document.body, { attributes: true, attributeFilter: ['data-value'], subtree: true });
  (window as unknown as { __latencies: number[] }).__latencies = latencies;
}

/** The latencies recorded since the last call. */
export function takeDrawToBars(): number[] {
  return (window as unknown as { __latencies: number[] }).__latencies.splice(0);
}
