/**
 * How far apart the page currently shows training snapshots (ms; 0 while every frame has room),
 * as the snapshot pacing last decided. Painters that need not follow every snapshot (the curves,
 * the 12,960 edges) stretch their intervals by it, so a slow machine drops their detail first.
 */
let snapshotGapMs = 0;

export function setSnapshotGap(ms: number): void {
  snapshotGapMs = ms;
}

/** `baseMs` on a machine that keeps up, else `gaps` snapshot gaps: the interval for a painter. */
export function pacedInterval(baseMs: number, gaps: number): number {
  return Math.max(baseMs, gaps * snapshotGapMs);
}
