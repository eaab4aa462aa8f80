import { backwardLines } from './sequenceBackwardTex';
import { forwardLines } from './sequenceForwardTex';
import type { SequenceTexInput } from './sequenceTexParts';
import { stepAt } from './sequenceTexParts';
import type { TexLine } from './texLine';

export type { GateName, SequenceTexInput, SequenceTexWords } from './sequenceTexParts';

/**
 * The sequence page's chain-rule panel at one timeline point for hidden unit `unit`: in the
 * forward phase what step t computes (and at t = T the answer and the loss), in the backward
 * phase how ∂L/∂h_t is made, how its size changes and what step t adds to ∂L/∂W and ∂L/∂U.
 * Every line carries this digit's numbers, rounded so its factors recompute its result.
 */
export function sequenceTexLines(input: SequenceTexInput): TexLine[] {
  const at = stepAt(input);
  return input.phase === 'forward' ? forwardLines(at) : backwardLines(at);
}
