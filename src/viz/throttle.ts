/**
 * Calls fn at most once per `ms` with the newest arguments: the first call runs at once, later
 * ones within the interval collapse into one trailing call. For painters that need not follow
 * every training snapshot.
 */
export function throttleLatest<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): { (...args: A): void; cancel(): void } {
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
    const wait = last + ms - performance.now();
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
