import { setSnapshotGap } from '../viz/viewPace';

/** A frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/**
 * Showing a snapshot is painted over two frames (the network view in the second): two frames
 * this long mean it cost more than they had.
 */
const LONG_TWO_FRAMES_MS = 2.5 * FRAME_MS;
/** The coarsest pace: training still visibly moves, a few times a second. */
const MAX_GAP_MS = 500;
/**
 * The least gap while the pen is down on a machine that cannot show every snapshot: the page
 * answers the pen itself, and a snapshot's long frame would hold up the next move's answer.
 */
const PEN_GAP_MS = 250;

/**
 * How often training snapshots are shown, adapted to what the machine can afford. Each shown
 * snapshot repaints the network, the curves and the numbers; on a slow laptop that takes longer
 * than a frame, so showing one every frame would drop frames and delay the pen. Watching the
 * two frames that paint each shown snapshot, the pace doubles the gap between snapshots while
 * they run long and narrows it again while they fit: the view gets coarser, not jerkier.
 * The gap is published (viewPace) for the painters that follow snapshots at their own pace.
 * While the pen is down on such a machine, the pen comes first: snapshots come further apart.
 */
export function createSnapshotPacing() {
  /** Least time between two shown snapshots, as the frames measure it. */
  let gap = 0;
  let lastShown = -Infinity;
  let penDown = false;

  /** The gap kept: wider while the pen is down on a machine that has to skip frames. */
  const kept = () => (penDown && gap > 0 ? Math.max(gap, PEN_GAP_MS) : gap);

  return {
    /** In an animation frame with a snapshot waiting: whether to show it now. */
    due: (frame: number): boolean => frame - lastShown >= kept(),
    /** The pen went down on the pad, or came up. */
    pen(down: boolean): void {
      penDown = down;
      setSnapshotGap(kept());
    },
    /** A snapshot was shown in the animation frame at `frame`. */
    shown(frame: number): void {
      lastShown = frame;
    },
    /** The snapshot shown in the frame at `shownAt` was painted by the time of `frameAfterNext`. */
    followed(shownAt: number, frameAfterNext: number): void {
      const long = frameAfterNext - shownAt > LONG_TWO_FRAMES_MS;
      const next = long ? Math.min(MAX_GAP_MS, Math.max(2 * FRAME_MS, 2 * gap)) : 0.75 * gap;
      // Under half a frame the gap makes no difference: the machine keeps up again.
      gap = next < FRAME_MS / 2 ? 0 : next;
      setSnapshotGap(kept());
    },
    /** The current gap, for the bench and tests. */
    get gapMs(): number {
      return gap;
    },
  };
}
