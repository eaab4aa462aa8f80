import { digitSignals } from '../engine/trace';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { TrainingSnapshot } from './protocol';
import { buffersOf } from './protocol';

/** What a snapshot says about training, beside the weights and the probe. */
export type TrainingProgress = Omit<
  TrainingSnapshot,
  'weights' | 'biases' | 'weightsVersion' | 'probe'
>;

/**
 * Snapshots of the weights and the probe digit's signals, with backpressure: at most one is
 * in flight until the page acknowledges drawing it, and then only the newest state is sent.
 */
export function createSnapshotStream(
  env: HostEnvironment,
  model: ModelState,
  progress: () => TrainingProgress,
) {
  let probe: { input: Float64Array; label: number | null } | null = null;
  let awaitingAck = false;
  let due = false;

  /**
   * Posts the newest state unless the page has not drawn the previous one yet. An answer to a
   * new digit waits too: the page answers the pen itself under the weights it shows.
   */
  function send(): void {
    if (awaitingAck) {
      due = true;
      return;
    }
    awaitingAck = true;
    due = false;
    const values = probe && digitSignals(model.net, probe.input, probe.label);
    const weights = model.net.weights.map((w) => w.slice());
    const biases = model.net.biases.map((b) => b.slice());
    env.post(
      {
        type: 'snapshot',
        snapshot: {
          weights,
          biases,
          weightsVersion: model.weightsVersion,
          probe: values,
          ...progress(),
        },
      },
      buffersOf(weights, biases, values?.z ?? null, values?.a ?? null, values?.dCdz ?? null),
    );
  }

  return {
    send,
    /** The digit on screen (null: none); every snapshot carries its z and a, and δ with a label. */
    show(input: Float64Array | null, label: number | null): void {
      probe = input && { input, label };
      send();
    },
    /** The page drew the last snapshot. */
    acknowledged(): void {
      awaitingAck = false;
      if (due) send();
    },
  };
}
