/**
 * The test set's confusion matrix and its mistakes, from the network's stored guesses.
 * Rows are the true label, columns the network's guess.
 */
import { readablePaint } from './contrast';
import type { VizColors } from './palette';

export const CLASSES = 10;

/** counts[t * CLASSES + g]: how many digits labelled t the network read as g. */
export type ConfusionCounts = Uint32Array;

/** Digits scored: the shorter of labels and guesses (they match for a whole test set). */
function scoredCount(labels: Uint8Array, guesses: Uint8Array): number {
  return Math.min(labels.length, guesses.length);
}

export function confusionCounts(labels: Uint8Array, guesses: Uint8Array): ConfusionCounts {
  const counts = new Uint32Array(CLASSES * CLASSES);
  const n = scoredCount(labels, guesses);
  for (let i = 0; i < n; i++) counts[labels[i] * CLASSES + guesses[i]]++;
  return counts;
}

/** How many digits labelled t there are. */
export function rowTotal(counts: ConfusionCounts, t: number): number {
  let sum = 0;
  for (let g = 0; g < CLASSES; g++) sum += counts[t * CLASSES + g];
  return sum;
}

/** The share of the digits labelled t that the network read as g; null for an empty row. */
export function rowShare(counts: ConfusionCounts, t: number, g: number): number | null {
  const total = rowTotal(counts, t);
  return total === 0 ? null : counts[t * CLASSES + g] / total;
}

/** Recall of digit t: the share of the true t's the network recognised. */
export function recall(counts: ConfusionCounts, t: number): number | null {
  return rowShare(counts, t, t);
}

/** The number of digits on the diagonal, i.e. read correctly. */
export function diagonalSum(counts: ConfusionCounts): number {
  let sum = 0;
  for (let d = 0; d < CLASSES; d++) sum += counts[d * CLASSES + d];
  return sum;
}

/**
 * Indices of the misclassified digits, worst first: the most confident wrong answer leads
 * (ties by index), since a confident mistake says more about the network than a hesitant one.
 */
export function worstMistakes(
  labels: Uint8Array,
  guesses: Uint8Array,
  confidence: Float32Array,
): number[] {
  const wrong: number[] = [];
  const n = scoredCount(labels, guesses);
  for (let i = 0; i < n; i++) if (labels[i] !== guesses[i]) wrong.push(i);
  return wrong.sort((a, b) => confidence[b] - confidence[a] || a - b);
}

/**
 * Indices of the digits labelled t and read as g. A mistake cell lists its most confident
 * errors first; the diagonal lists its least confident correct answers first (the near misses).
 */
export function cellIndices(
  labels: Uint8Array,
  guesses: Uint8Array,
  confidence: Float32Array,
  t: number,
  g: number,
): number[] {
  const found: number[] = [];
  const n = scoredCount(labels, guesses);
  for (let i = 0; i < n; i++) if (labels[i] === t && guesses[i] === g) found.push(i);
  const sign = t === g ? 1 : -1;
  return found.sort((a, b) => sign * (confidence[a] - confidence[b]) || a - b);
}

/** An off-diagonal share at which a cell is fully warm: one digit in ten of its row misread. */
const FULL_ERROR_SHARE = 0.1;

/**
 * How strongly a cell is coloured, 0 to 1, from its share of the row. Errors are rare (a few
 * percent), so their scale is stretched (square root up to FULL_ERROR_SHARE) to stay visible.
 */
export function cellIntensity(share: number | null, diagonal: boolean): number {
  if (share === null || !(share > 0)) return 0;
  return diagonal ? Math.min(1, share) : Math.min(1, Math.sqrt(share / FULL_ERROR_SHARE));
}

type CellColors = Pick<VizColors, 'background' | 'text' | 'z' | 'cost' | 'textContrast'>;

/**
 * Cell colour: green where read correctly (as the accuracy), red for mistakes, the background
 * if empty. Mid-tones on which neither ink reaches the theme's text contrast move to the
 * nearest intensity on which one does (on a projector that skips a band of mid-tones).
 */
export function cellFill(share: number | null, diagonal: boolean, colors: CellColors): string {
  const full = diagonal ? colors.z : colors.cost;
  return readablePaint(colors.background, full, cellIntensity(share, diagonal), colors).fill;
}
