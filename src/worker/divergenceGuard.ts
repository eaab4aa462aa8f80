import { chanceCost } from '../engine/chance';
import type { DigitSet } from '../engine/dataset';
import { INPUT_SIZE } from '../engine/modelShape';
import type { Network } from '../engine/network';
import { cloneNetwork, computesFinitely, copyParameters } from '../engine/network';
import { createSgd } from '../engine/sgd';
import { SCORING_BATCH } from '../engine/training';

/** Weights from the starts of this many recent slices are kept. */
const CHECKPOINTS = 8;
/** A cost this close to chance's counts as guessing (an average only approaches it). */
const NEAR_CHANCE = 0.95;
/** How much worse than its best a network may get before it counts as diverged. */
const WORSE_THAN_BEST = 1.5;

/** A blank pad and a fully inked one: the two ends of the input range. */
export const EXTREME_INPUTS: readonly Float64Array[] = [
  new Float64Array(INPUT_SIZE),
  new Float64Array(INPUT_SIZE).fill(1),
];

/**
 * Decides when training has diverged, and which weights to go back to.
 *
 * The rule: a non-finite cost or output is divergence; so is a smoothed cost of at least
 * max(0.95 × chance, 1.5 × best), where best is the lowest cost the weights have had in this
 * session (measured on a fixed sample of training digits whenever a run starts, and the
 * smoothed cost after every healthy slice). A network that has once been clearly better than
 * guessing has diverged as soon as it is no better than guessing again, whatever a run's first
 * batch cost. A fresh random network starts near (or, with large initial weights, above)
 * chance, so for it the bound is 1.5 × its own cost: only clearly worse than it began.
 */
export function createDivergenceGuard(net: Network, sample: DigitSet) {
  const chance = chanceCost(net);
  const scorer = createSgd(net, SCORING_BATCH);
  const checkpoints: Network[] = [];
  let saved = 0;
  /** The weights the latest run started from that was not clearly worse than the best. */
  const runStart = cloneNetwork(net);
  let best = Infinity;

  const limit = () => Math.max(NEAR_CHANCE * chance, WORSE_THAN_BEST * best);

  /** The mean cost of the weights as they are now on the fixed sample. */
  function measure(): number {
    const score = scorer.evaluate(sample);
    return score.costSum / score.count;
  }

  function healthy(cost: number): boolean {
    return cost < limit() && computesFinitely(net, EXTREME_INPUTS);
  }

  return {
    /** A run starts from the weights as they are: their cost, and whether it is healthy. */
    begin(): { cost: number; healthy: boolean } {
      const cost = measure();
      const ok = healthy(cost);
      // Weights already gone bad (though not yet diverged) are not worth going back to.
      if (ok && cost < WORSE_THAN_BEST * best) copyParameters(net, runStart);
      if (ok) best = Math.min(best, cost);
      return { cost, healthy: ok };
    },

    /** Copies the weights into the ring's next slot (buffers reused, no garbage per slice). */
    checkpoint(): void {
      const slot = checkpoints[saved % CHECKPOINTS];
      if (slot) copyParameters(net, slot);
      else checkpoints.push(cloneNetwork(net));
      saved++;
    },

    /** Whether the weights are healthy at a slice's end; a healthy smoothed cost may lower best. */
    judge(smoothedCost: number): boolean {
      if (!healthy(smoothedCost)) return false;
      best = Math.min(best, smoothedCost);
      return true;
    },

    /**
     * Puts back the better of the oldest checkpoint (a few slices ago) and the weights the run
     * started from, and returns its cost. That cost becomes best, so the weights put back are
     * healthy by the rule even when the run had gone far below them before diverging.
     */
    restore(): number {
      // The oldest checkpoint: the slot after the newest, or slot 0 before the ring is full.
      const oldest = checkpoints[saved % Math.max(1, checkpoints.length)];
      let chosen = runStart;
      copyParameters(runStart, net);
      let cost = measure();
      if (oldest) {
        copyParameters(oldest, net);
        const oldestCost = measure();
        if (oldestCost <= cost && computesFinitely(net, EXTREME_INPUTS)) {
          chosen = oldest;
          cost = oldestCost;
        }
      }
      copyParameters(chosen, net);
      saved = 0;
      checkpoints.length = 0;
      best = cost;
      return cost;
    },
  };
}
