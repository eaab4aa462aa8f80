import type { HistoryPoint, TrainingSnapshot } from '../worker/protocol';

/** The run's saved points as the page knows them, and the one the weights were restored to. */
export interface RunHistoryView {
  points: HistoryPoint[];
  shown: number | null;
}

export const EMPTY_RUN_HISTORY: RunHistoryView = { points: [], shown: null };

/** One point of the training curves. */
export interface TrainingPoint {
  examplesSeen: number;
  /** Mean training cost of the mini-batches since the previous point. */
  cost: number;
  /** The newest validation accuracy measured by then, if any. */
  validationAccuracy: number | null;
  /** Whether that accuracy was measured at this point (not carried over from an earlier one). */
  validated: boolean;
}

export interface TrainingHistory {
  points: TrainingPoint[];
  /** Costs of the snapshots since the last point, weighted by their examples. */
  pendingCost: number;
  pendingExamples: number;
  lastSeen: number;
}

export const EMPTY_HISTORY: TrainingHistory = {
  points: [],
  pendingCost: 0,
  pendingExamples: 0,
  lastSeen: 0,
};

/** A new point at least this often (examples): 110 points an epoch of 55,000. */
export const POINT_EVERY = 500;

/**
 * The history after one more snapshot: its cost joins the running mean, and a point is added
 * every POINT_EVERY examples or when a new validation accuracy arrives. Snapshots that did
 * not train (a new input, a repaint, a saved point restored) leave it unchanged.
 */
export function extendHistory(h: TrainingHistory, s: TrainingSnapshot): TrainingHistory {
  const examples = s.examplesSeen - h.lastSeen;
  if (examples <= 0 || !Number.isFinite(s.loss)) return h;
  const pendingCost = h.pendingCost + s.loss * examples;
  const pendingExamples = h.pendingExamples + examples;
  const last = h.points.at(-1);
  const newValidation =
    s.validationAccuracy !== null && s.validationAccuracy !== (last?.validationAccuracy ?? null);
  if (pendingExamples < POINT_EVERY && !newValidation) {
    return { ...h, pendingCost, pendingExamples, lastSeen: s.examplesSeen };
  }
  const point: TrainingPoint = {
    examplesSeen: s.examplesSeen,
    cost: pendingCost / pendingExamples,
    validationAccuracy: s.validationAccuracy,
    validated: newValidation,
  };
  return {
    points: [...h.points, point],
    pendingCost: 0,
    pendingExamples: 0,
    lastSeen: s.examplesSeen,
  };
}

/** The curves up to `examplesSeen`: training went on from there, so the later points are gone. */
export function cutHistory(h: TrainingHistory, examplesSeen: number): TrainingHistory {
  return {
    points: h.points.filter((p) => p.examplesSeen <= examplesSeen),
    pendingCost: 0,
    pendingExamples: 0,
    lastSeen: examplesSeen,
  };
}
