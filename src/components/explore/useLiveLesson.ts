import { useMemo } from 'react';
import type { BackpropLesson } from '../../engine/lesson';
import { weightsFit } from '../../engine/network';
import { traceLive } from '../../math/liveChainRule';
import { useAppStore } from '../../store/appStore';
import { shownExample } from '../../store/shownExample';
import { useThrottledSnapshot } from '../../store/useThrottledSnapshot';

/** Numbers people read while training runs: a few updates a second, not one a frame. */
const LIVE_MS = 250;

export interface LiveLesson {
  lesson: BackpropLesson;
  labelled: boolean;
  /** The version of the weights traced, so a reader can tell the newest from a late one. */
  weightsVersion: number;
}

/**
 * The digit on screen traced on the main thread under the newest weights, while `active`.
 * It is traced again only when the weights (named by their version), the model, the example,
 * its label or η change, at most every LIVE_MS during training.
 */
export function useLiveLesson(active: boolean): LiveLesson | null {
  const snapshot = useThrottledSnapshot(LIVE_MS, active);
  const spec = useAppStore((s) => s.model?.spec);
  const rate = useAppStore((s) => s.lessonRate);
  const source = useAppStore((s) => s.inputSource);
  const testSet = useAppStore((s) => s.testSet);
  const firstDigits = useAppStore((s) => s.firstDigits);
  const exampleIndex = useAppStore((s) => s.exampleIndex);
  const drawnDigit = useAppStore((s) => s.drawnDigit);
  const drawnLabel = useAppStore((s) => s.drawnLabel);
  const version = snapshot?.weightsVersion;
  return useMemo(() => {
    const example = shownExample(useAppStore.getState());
    if (!active || !snapshot || !spec || !example) return null;
    if (
      example.input.length !== spec.sizes[0] ||
      !weightsFit(spec.sizes, snapshot.weights, snapshot.biases)
    )
      return null;
    return {
      lesson: traceLive(spec, snapshot, example, rate),
      labelled: example.label !== null,
      weightsVersion: snapshot.weightsVersion,
    };
    // The snapshot is named by its weights' version: a new snapshot with the same weights (a
    // new probe, training stats) changes no number here. The example is read from the store
    // through the fields it is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    active,
    version,
    spec,
    rate,
    source,
    testSet,
    firstDigits,
    exampleIndex,
    drawnDigit,
    drawnLabel,
  ]);
}
