/**
 * Calls fn at most once per `ms` with the newest arguments: the first call runs at once, later
 * ones within the interval collapse into one trailing call. For painters that need not follow
 * every training snapshot; `ms` may be a function, read at each call, for an interval that
 * follows the machine's pace.
 */
export function throttleLatest<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number | (() => number),
): { (...args: A): void; cancel(): void } {
  const interval = typeof ms === 'number' ? () => ms : ms;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = performance.now();
    if (pending) fn(...pending);
    pending = null;
  };
  const call = (...args: A) => {
    pending = args;
    if (timer) return;
    const wait = last + interval() - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return call;
}
