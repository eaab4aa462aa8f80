/** Where each part of the unrolled network sits, in CSS pixels: one column per time step. */
export interface UnrolledLayout {
  steps: number;
  units: number;
  left: number;
  columnWidth: number;
  /** The state strips: h_t (left half) and ∂L/∂h_t (right half) of every column. */
  stripTop: number;
  stripHeight: number;
  boxTop: number;
  boxHeight: number;
  rowTop: number;
  rowHeight: number;
  barTop: number;
  barHeight: number;
  /** The readout ŷ = softmax(V h_T + c), right of the last column. */
  readoutX: number;
}

const LABEL = 16;
const GAP = 6;
const BOX = 22;
const ROW = 9;
const BARS = 40;
const READOUT = 60;

export function unrolledLayout(
  width: number,
  height: number,
  steps: number,
  units: number,
): UnrolledLayout {
  const left = 6;
  const columnWidth = Math.max(4, (width - left - READOUT) / steps);
  const stripTop = LABEL;
  const stripHeight = Math.max(40, height - LABEL - BOX - ROW - BARS - 5 * GAP);
  const boxTop = stripTop + stripHeight + GAP;
  const rowTop = boxTop + BOX + GAP + 2;
  const barTop = rowTop + ROW + GAP;
  return {
    steps,
    units,
    left,
    columnWidth,
    stripTop,
    stripHeight,
    boxTop,
    boxHeight: BOX,
    rowTop,
    rowHeight: ROW,
    barTop,
    barHeight: BARS,
    readoutX: left + steps * columnWidth + 10,
  };
}

export const columnX = (l: UnrolledLayout, t: number) => l.left + (t - 1) * l.columnWidth;

/** The time step (1 … T) and hidden unit (0 … H − 1) under a point of the strips, if any. */
export function unrolledHit(
  l: UnrolledLayout,
  x: number,
  y: number,
): { t: number; unit: number } | null {
  const t = Math.floor((x - l.left) / l.columnWidth) + 1;
  const unit = Math.floor(((y - l.stripTop) / l.stripHeight) * l.units);
  if (t < 1 || t > l.steps || unit < 0 || unit >= l.units) return null;
  return { t, unit };
}
