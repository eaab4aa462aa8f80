import { LIMITS } from '../../config';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { DigitPicks } from '../input/DigitPicks';
import { NumberField } from '../ui/NumberField';

/** The lesson's target: the label of the example (chosen by the user for a drawing) and η. */
export function LessonLabel() {
  const source = useAppStore((s) => s.inputSource);
  const drawnLabel = useAppStore((s) => s.drawnLabel);
  const setDrawnLabel = useAppStore((s) => s.setDrawnLabel);
  const mnistLabel = useAppStore((s) => s.testSet?.labels[s.exampleIndex] ?? null);
  const rate = useAppStore((s) => s.lessonRate);
  const setRate = useAppStore((s) => s.setLessonRate);
  const say = useMessages().app.lesson;
  return (
    <section className="card lesson-label" aria-label={say.card}>
      <h2>{say.heading}</h2>
      {source === 'drawing' ? (
        <>
          <p className="caption">{say.drawing}</p>
          <DigitPicks
            label={say.picks}
            value={drawnLabel}
            testIdPrefix="lesson-label"
            onPick={setDrawnLabel}
          />
        </>
      ) : (
        <p className="caption">
          {say.trueBefore}
          <b className="sym-y">{mnistLabel ?? '–'}</b>
          {say.trueAfter}
        </p>
      )}
      <NumberField
        label={say.rate}
        value={rate}
        min={LIMITS.learningRate.min}
        max={LIMITS.learningRate.max}
        testId="lesson-rate"
        onCommit={setRate}
      />
    </section>
  );
}
