import type { ChainParams } from './chainModel';
import { costFromActivation, traceChain } from './chainModel';
import type { Quantity } from './quantities';

/** Nudges shown, largest first: the ratio ΔC/Δq converges to ∂C/∂q as they shrink. */
export const NUDGE_SIZES = [0.1, 0.01, 0.001, 0.0001, 0.00001];

export interface NudgeRow {
  nudge: number;
  deltaCost: number;
  ratio: number;
  /** ratio − ∂C/∂q: for a one-sided nudge it shrinks in step with the nudge. */
  error: number;
}

function shifted(values: readonly number[], i: number, by: number): number[] {
  return values.map((v, j) => (j === i ? v + by : v));
}

/** C₀ after moving q by h with everything upstream of q held (a⁽ˡ⁾ moved directly). */
export function nudgedCost(p: ChainParams, q: Quantity, h: number): number {
  switch (q.symbol) {
    case 'w':
      return traceChain({ ...p, w: shifted(p.w, q.layer - 1, h) }).cost;
    case 'b':
      return traceChain({ ...p, b: shifted(p.b, q.layer - 1, h) }).cost;
    case 'a':
      return costFromActivation(p, q.layer, traceChain(p).a[q.layer] + h);
    case 'y':
      return traceChain({ ...p, y: p.y + h }).cost;
    default:
      throw new Error(`cannot nudge ${q.symbol} on its own`);
  }
}

/** 3Blue1Brown's derivative as a ratio of nudges, one row per nudge size. */
export function nudgeRows(p: ChainParams, q: Quantity, derivative: number): NudgeRow[] {
  const cost = traceChain(p).cost;
  return NUDGE_SIZES.map((nudge) => {
    const deltaCost = nudgedCost(p, q, nudge) - cost;
    const ratio = deltaCost / nudge;
    return { nudge, deltaCost, ratio, error: ratio - derivative };
  });
}
