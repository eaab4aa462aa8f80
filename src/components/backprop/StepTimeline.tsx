import { backpropSteps } from '../../backprop/steps';
import { stepText } from '../../backprop/stepText';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/** The timeline's count, title and caption, and the controls that move through its steps. */
export function StepTimeline() {
  const lesson = useAppStore((s) => s.lesson);
  const status = useAppStore((s) => s.lessonStatus);
  const index = useAppStore((s) => s.step);
  const playing = useAppStore((s) => s.playing);
  const setStep = useAppStore((s) => s.setStep);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const m = useMessages();
  const say = m.app.timeline;
  const steps = lesson ? backpropSteps(lesson.spec.sizes.length) : [];
  const step = steps[index];
  const text = lesson && step ? stepText(step, lesson.spec, m.app) : null;
  const last = steps.length - 1;

  return (
    <section className="card step-timeline" aria-label={say.card}>
      <div className="step-head">
        <span className="step-count">{text ? say.count(index + 1, steps.length) : ''}</span>
        <h2 className="step-title" data-testid="step-label" aria-live="polite">
          {text ? text.title : status === 'ready' ? '' : say.status[status]}
        </h2>
        <p className="step-caption">{text?.caption ?? ''}</p>
      </div>
      <div className="step-controls">
        <button
          type="button"
          data-testid="step-prev"
          disabled={!text || index === 0}
          onClick={() => setStep(index - 1)}
        >
          {say.back}
        </button>
        <input
          type="range"
          data-testid="step-slider"
          aria-label={say.slider}
          min={0}
          max={Math.max(0, last)}
          value={index}
          disabled={!text}
          onChange={(e) => setStep(Number(e.target.value))}
        />
        <button
          type="button"
          data-testid="step-play"
          disabled={!text}
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? say.pause : say.play}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="step-next"
          disabled={!text || index === last}
          onClick={() => setStep(index + 1)}
        >
          {say.next}
        </button>
      </div>
    </section>
  );
}
