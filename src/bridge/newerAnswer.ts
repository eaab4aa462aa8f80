import { sameValues } from '../math/sameValues';
import type { ProbeValues } from '../worker/protocol';

/**
 * Whether a training snapshot answers a later stage of the user's input than the answer on
 * screen: such a snapshot is shown at once, whatever the pacing. It need not answer the latest
 * stage: while the pen moves, the input has always moved on by the time its answer arrives, and
 * waiting for an exact match would starve the bars of answers.
 */
export function answersNewerInput(
  probe: ProbeValues | null,
  showing: ProbeValues | null,
  inputShown: boolean,
): boolean {
  const input = probe?.a[0];
  if (!inputShown || !input) return false;
  return !sameValues(input, showing?.a[0] ?? null);
}
