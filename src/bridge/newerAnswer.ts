import type { ProbeValues } from '../worker/protocol';

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

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
  const onScreen = showing?.a[0];
  return !onScreen || !sameValues(input, onScreen);
}
