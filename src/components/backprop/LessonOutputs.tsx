import { backpropSteps, knowledgeAt } from '../../backprop/steps';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { plainNumber } from '../../math/texNumber';
import { maxAbs } from '../../viz/colorScales';

/** A bar of width |v|/scale, to the right for positive values. */
function Bar({ value, scale, className }: { value: number; scale: number; className: string }) {
  const width = `${Math.min(100, (100 * Math.abs(value)) / (scale || 1))}%`;
  return (
    <span className="lesson-bar">
      <span className={className} style={{ width }} />
    </span>
  );
}

/** Up or down, as large as the desired nudge −∂C/∂a (always at full contrast). */
function Nudge({ value, scale }: { value: number; scale: number }) {
  const size = Math.min(1, Math.abs(value) / (scale || 1));
  const say = useMessages().app.lesson;
  return (
    <span
      className={`nudge-arrow ${value > 0 ? 'raise' : 'lower'}`}
      style={{ fontSize: `${12 + 12 * size}px` }}
      role="img"
      aria-label={value > 0 ? say.up : say.down}
    >
      {value > 0 ? '▲' : '▼'}
    </span>
  );
}

/**
 * The output layer at this step: activations against the target, each cost term, what each
 * neuron wants, and the cost before and after the update.
 */
export function LessonOutputs() {
  const lesson = useAppStore((s) => s.lesson);
  const index = useAppStore((s) => s.step);
  const say = useMessages().app.lesson;
  if (!lesson) {
    return (
      <section className="card lesson-outputs" aria-label={say.outputs}>
        <h2>{say.outputs}</h2>
        <p className="caption">{say.waiting}</p>
      </section>
    );
  }
  const steps = backpropSteps(lesson.spec.sizes.length);
  const k = knowledgeAt(steps, index);
  const L = lesson.spec.sizes.length - 1;
  const t = lesson.trace;
  const a = t.a[L];
  const wants = t.dCda[L].map((v) => -v);
  const wantScale = maxAbs(wants);
  const termOf = (j: number) => (a[j] - t.target[j]) ** 2;
  const squared = lesson.spec.cost !== 'cross-entropy';
  const termScale = Math.max(...Array.from(a, (_, j) => termOf(j)));
  const rows = Array.from(a, (_, j) => j);
  const fall = t.cost - lesson.after.cost;

  return (
    <section className="card lesson-outputs" aria-label={say.outputs}>
      <h2>{say.outputs}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{say.digit}</th>
            <th scope="col">a</th>
            <th scope="col" className="sym-y">
              y
            </th>
            {squared && <th scope="col">(a − y)²</th>}
            <th scope="col">{say.wants}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((j) => (
            <tr key={j} className={j === lesson.label ? 'label-row' : undefined}>
              <th scope="row">{j}</th>
              <td data-testid={`lesson-a-${j}`}>
                {k.forwardUpTo === L ? (
                  <>
                    <Bar value={a[j]} scale={1} className="fill-a" />
                    {a[j].toFixed(3)}
                  </>
                ) : (
                  '?'
                )}
              </td>
              <td className="sym-y">{t.target[j]}</td>
              {squared && (
                <td>
                  {k.cost ? <Bar value={termOf(j)} scale={termScale} className="fill-c" /> : ''}
                </td>
              )}
              <td>{k.dCda[L] ? <Nudge value={wants[j]} scale={wantScale} /> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lesson-cost">
        {say.cost}{' '}
        <b className="sym-c" data-testid="lesson-cost" data-value={k.cost ? t.cost : ''}>
          {k.cost ? plainNumber(t.cost, 4) : '?'}
        </b>
      </p>
      {k.after && (
        <p className="lesson-cost after">
          {say.after(lesson.learningRate)}{' '}
          <b className="sym-c" data-testid="lesson-cost-after" data-value={lesson.after.cost}>
            {plainNumber(lesson.after.cost, 4)}
          </b>
          <span className="caption">
            {fall > 0 ? say.lower(plainNumber((100 * fall) / t.cost, 2)) : say.overshoots}
          </span>
        </p>
      )}
    </section>
  );
}
