/** A recorded pen position in pad coordinates: CSS pixels, origin top-left, y down. */
export interface Point {
  x: number;
  y: number;
}

/** The points of one pen-down … pen-up gesture, in drawing order. */
export type Stroke = readonly Point[];

/** What the drawing pad hands over: its strokes and its own size in CSS pixels. */
export interface Drawing {
  strokes: readonly Stroke[];
  width: number;
  height: number;
}

function onPad(p: Point, width: number, height: number): boolean {
  return (
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    p.x >= 0 &&
    p.x <= width &&
    p.y >= 0 &&
    p.y <= height
  );
}

/**
 * The strokes with unusable points removed: non-finite coordinates and points off the pad. A
 * removed point lifts the pen there, so no segment is invented across the gap.
 */
export function strokesOnPad(drawing: Drawing): Point[][] {
  const { width, height } = drawing;
  const kept: Point[][] = [];
  for (const stroke of drawing.strokes) {
    let run: Point[] = [];
    for (const p of stroke) {
      if (onPad(p, width, height)) {
        run.push(p);
      } else if (run.length > 0) {
        kept.push(run);
        run = [];
      }
    }
    if (run.length > 0) kept.push(run);
  }
  return kept;
}
