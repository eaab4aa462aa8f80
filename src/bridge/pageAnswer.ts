import type { NetworkSpec } from '../engine/network';
import { weightsFit } from '../engine/network';
import { digitSignals } from '../engine/trace';
import { sameValues } from '../math/sameValues';
import type { ProbeValues, TrainingSnapshot } from '../worker/protocol';

/** The digit on screen as the network sees it; its label, when known, gives δ. */
export interface ShownDigit {
  input: Float64Array;
  label: number | null;
}

/**
 * Whether a probe is the answer to this digit: its input layer, and δ exactly when a label is
 * known. Which label is not compared: a digit's pixels come with one label (a test digit's) or
 * none (a drawing's).
 */
export function answers(probe: ProbeValues | null, digit: ShownDigit): boolean {
  return (
    probe !== null &&
    sameValues(probe.a[0], digit.input) &&
    probe.dCdz.length > 0 === (digit.label !== null)
  );
}

/**
 * The answer to the digit on screen under the snapshot's weights, worked out on the page with
 * the engine's own forward pass (and δ): exactly what the worker sends for those weights, but
 * the pen need not wait for a message through a busy page. It costs a few microseconds: one
 * matrix–vector product per layer. Null when the weights are not of this shape.
 */
export function answerOnPage(
  spec: NetworkSpec,
  snapshot: TrainingSnapshot,
  digit: ShownDigit,
): ProbeValues | null {
  const { weights, biases } = snapshot;
  if (digit.input.length !== spec.sizes[0] || !weightsFit(spec.sizes, weights, biases)) return null;
  return digitSignals({ ...spec, weights, biases }, digit.input, digit.label);
}

/** The snapshot answering `digit` (none: no answer) under its weights of architecture `spec`. */
function answering(
  snapshot: TrainingSnapshot,
  digit: ShownDigit | null,
  spec: NetworkSpec | null,
): TrainingSnapshot {
  if (!digit) return snapshot.probe ? { ...snapshot, probe: null } : snapshot;
  if (!spec || answers(snapshot.probe, digit)) return snapshot;
  const probe = answerOnPage(spec, snapshot, digit);
  return probe ? { ...snapshot, probe } : snapshot;
}

/**
 * The page's answers to the digit on screen, and which architecture each snapshot's weights
 * are: messages arrive in order, so a snapshot is of the last model announced before it (after
 * a reset, the snapshot on screen is of the old network until the new one's first is shown).
 */
export function createPageAnswers() {
  let announced: NetworkSpec | null = null;
  let arrived: NetworkSpec | null = null;
  let shown: NetworkSpec | null = null;

  return {
    /** The worker announced a model: the snapshots after it are of its architecture. */
    modelAnnounced(spec: NetworkSpec): void {
      announced = spec;
    },
    /** A snapshot arrived. */
    snapshotArrived(): void {
      arrived = announced;
    },
    /**
     * The newest arrived snapshot as it goes on screen, answering the digit on screen: the
     * worker's probe trails a moving pen, and must not replace the answer to a newer stage.
     */
    toShow(snapshot: TrainingSnapshot, digit: ShownDigit | null): TrainingSnapshot {
      shown = arrived;
      return answering(snapshot, digit, shown);
    },
    /** The snapshot on screen answering a new digit on screen (itself when it already does). */
    onScreen(snapshot: TrainingSnapshot, digit: ShownDigit | null): TrainingSnapshot {
      return answering(snapshot, digit, shown);
    },
    /** The architecture of the newest arrived snapshot, or of the one on screen. */
    specOf(snapshot: 'arrived' | 'shown'): NetworkSpec | null {
      return snapshot === 'arrived' ? arrived : shown;
    },
  };
}
