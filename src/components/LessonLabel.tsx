import { LIMITS } from '../config';
import { useAppStore } from '../store/appStore';
import { DigitPicks } from './DigitPicks';
import { NumberField } from './NumberField';

/** The lesson's target: the label of the example (chosen by the user for a drawing) and η. */
export function LessonLabel() {
  const source = useAppStore((s) => s.inputSource);
  const drawnLabel = useAppStore((s) => s.drawnLabel);
  const setDrawnLabel = useAppStore((s) => s.setDrawnLabel);
  const mnistLabel = useAppStore((s) => s.testSet?.labels[s.exampleIndex] ?? null);
  const rate = useAppStore((s) => s.lessonRate);
  const setRate = useAppStore((s) => s.setLessonRate);
  return (
    <section className="card lesson-label" aria-label="Target and learning rate">
      <h2>Target y</h2>
      {source === 'drawing' ? (
        <>
          <p className="caption">This drawing is a…</p>
          <DigitPicks
            label="The digit you drew"
            value={drawnLabel}
            testIdPrefix="lesson-label"
            onPick={setDrawnLabel}
          />
        </>
      ) : (
        <p className="caption">
          The true label of this test digit: <b className="sym-y">{mnistLabel ?? '–'}</b>. The
          target y is 1 for that output and 0 for the other nine.
        </p>
      )}
      <NumberField
        label="Learning rate η of the update step"
        value={rate}
        min={LIMITS.learningRate.min}
        max={LIMITS.learningRate.max}
        testId="lesson-rate"
        onCommit={setRate}
      />
    </section>
  );
}
