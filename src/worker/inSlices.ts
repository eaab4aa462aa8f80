/**
 * Works through items [0, count) a chunk at a time, handing the thread back (`defer`) between
 * slices so that the page's messages are handled meanwhile: a long scoring never holds up the
 * answer to a digit. A slice is one chunk, or as many as `slice` lets it take: it is called as
 * each slice begins and returns whether that slice may take another chunk.
 */
export function inSlices(
  count: number,
  chunk: number,
  defer: (fn: () => void) => void,
  step: (start: number, end: number) => void,
  slice: () => () => boolean = () => () => false,
): Promise<void> {
  let start = 0;
  return new Promise((resolve) => {
    const run = () => {
      const more = slice();
      do {
        const end = Math.min(count, start + chunk);
        step(start, end);
        start = end;
      } while (start < count && more());
      if (start < count) defer(run);
      else resolve();
    };
    run();
  });
}
