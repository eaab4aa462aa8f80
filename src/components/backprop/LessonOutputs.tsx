import { costFall } from '../../backprop/costFall';
import type { CostFall } from '../../backprop/costFall';
import { backpropSteps, knowledgeAt } from '../../backprop/steps';
import type { AppText } from '../../i18n/en/app';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { shownFixed, shownNumber } from '../../math/shownNumber';
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

type LessonText = AppText['lesson'];

/** A cost as a number, or, when it underflowed to 0, that it is below the smallest double. */
const costText = (cost: number, say: LessonText) =>
  cost === 0 ? say.belowSmallest(shownNumber(Number.MIN_VALUE, 2)) : shownNumber(cost, 4);

function fallText(fall: CostFall, say: LessonText): string {
  if (fall.kind === 'lower') return say.lower(fall.percent);
  if (fall.kind === 'fraction') return say.left(fall.left);
  if (fall.kind === 'underflow') return say.underflow;
  return fall.kind === 'notLower' ? say.overshoots : '';
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
  // At the last step the network shows the updated outputs a′: the table shows both.
  const updated = k.after ? lesson.after.a[L] : null;

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
            {updated && <th scope="col">{say.updated}</th>}
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
                    {shownFixed(a[j], 3)}
                  </>
                ) : (
                  '?'
                )}
              </td>
              <td className="sym-y">{t.target[j]}</td>
              {updated && <td data-testid={`lesson-a-after-${j}`}>{shownFixed(updated[j], 3)}</td>}
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
      {updated && <p className="caption columns-note">{say.columns}</p>}
      <p className="lesson-cost">
        {say.cost}{' '}
        <b className="sym-c" data-testid="lesson-cost" data-value={k.cost ? t.cost : ''}>
          {k.cost ? costText(t.cost, say) : '?'}
        </b>
      </p>
      {k.after && (
        <p className="lesson-cost after">
          {say.after(lesson.learningRate)}
          <b className="sym-c" data-testid="lesson-cost-after" data-value={lesson.after.cost}>
            {costText(lesson.after.cost, say)}
          </b>
          <span className="caption">{fallText(costFall(t.cost, lesson.after.cost), say)}</span>
        </p>
      )}
    </section>
  );
}
