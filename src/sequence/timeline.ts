/**
 * The sequence page's timeline: the forward pass reads the digit row by row (steps 1 … T),
 * then backpropagation through time walks back from the last row to the first (T … 1).
 * Positions run 0 … 2T − 1; a link counts them from 1, as the page does.
 */
export type SequencePhase = 'forward' | 'backward';

export interface TimelinePoint {
  phase: SequencePhase;
  /** The time step in play, 1 … T (the row read, or the ∂L/∂h_t reached). */
  t: number;
}

export const timelineLength = (steps: number) => 2 * steps;

export function timelinePoint(position: number, steps: number): TimelinePoint {
  return position < steps
    ? { phase: 'forward', t: position + 1 }
    : { phase: 'backward', t: 2 * steps - position };
}

/** What has been computed at a point: rows read, and the earliest step BPTT has reached. */
export function timelineKnowledge(point: TimelinePoint, steps: number) {
  return point.phase === 'forward'
    ? { rowsRead: point.t, backTo: null }
    : { rowsRead: steps, backTo: point.t };
}
