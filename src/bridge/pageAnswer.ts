import type { NetworkSpec } from '../engine/network';
import { digitSignals } from '../engine/trace';
import { sameValues } from '../math/sameValues';
import type { ProbeValues, TrainingSnapshot } from '../worker/protocol';

/** The digit on screen as the network sees it; its label, when known, gives δ. */
export interface ShownDigit {
  input: Float64Array;
  label: number | null;
}

/** Whether a probe is the answer to this digit: its input layer, and δ exactly with a label. */
export function answers(probe: ProbeValues | null, digit: ShownDigit): boolean {
  return (
    probe !== null &&
    sameValues(probe.a[0], digit.input) &&
    probe.dCdz.length > 0 === (digit.label !== null)
  );
}

/** Whether the snapshot's weights are a network of this shape taking this input. */
function fits(spec: NetworkSpec, snapshot: TrainingSnapshot, input: Float64Array): boolean {
  const { sizes } = spec;
  return (
    input.length === sizes[0] &&
    snapshot.weights.length === sizes.length - 1 &&
    snapshot.weights.every((w, l) => w.length === sizes[l] * sizes[l + 1]) &&
    snapshot.biases.every((b, l) => b.length === sizes[l + 1])
  );
}

/**
 * The answer to the digit on screen under the weights on screen, worked out on the page with
 * the engine's own forward pass (and δ): exactly what the worker sends for those weights, but
 * the pen need not wait for a message through a busy page. It costs a few microseconds: one
 * matrix–vector product per layer. Null when the weights are not of this shape (a snapshot of
 * the architecture before a reset).
 */
export function answerOnPage(
  spec: NetworkSpec,
  snapshot: TrainingSnapshot,
  digit: ShownDigit,
): ProbeValues | null {
  if (!fits(spec, snapshot, digit.input)) return null;
  const net = { ...spec, weights: snapshot.weights, biases: snapshot.biases };
  return digitSignals(net, digit.input, digit.label);
}
