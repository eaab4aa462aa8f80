/** Timing and summarising rounds of work. */

/** One step of a benchmark: does some work and returns how many units (examples, FLOPs) it did. */
export type Workload = () => number;

/** Runs work for at least `seconds` and returns units per second. */
export function timeRound(work: Workload, seconds: number): number {
  const budget = seconds * 1000;
  const start = performance.now();
  let units = 0;
  for (;;) {
    units += work();
    const elapsed = performance.now() - start;
    if (elapsed >= budget) return (units / elapsed) * 1000;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
