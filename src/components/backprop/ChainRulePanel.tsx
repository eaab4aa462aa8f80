import { useMemo } from 'react';
import { defaultFocus, focusNeuron } from '../../backprop/lessonFocus';
import type { LessonFocus } from '../../backprop/lessonFocus';
import { backpropSteps, knowledgeAt } from '../../backprop/steps';
import type { ParamRef } from '../../engine/lesson';
import { chainRuleFor } from '../../math/chainRule';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { focusKey, pickedFocus } from '../../store/lessonFocus';
import { EdgeChoices } from './EdgeChoices';
import { NudgeCheck } from './NudgeCheck';
import { TexLines } from '../ui/TexLines';

function paramOf(focus: LessonFocus): ParamRef {
  return focus.kind === 'edge'
    ? { kind: 'weight', layer: focus.layer, j: focus.j, k: focus.k }
    : { kind: 'bias', layer: focus.layer, j: focus.index };
}

/**
 * The chain rule for the hovered or selected neuron or edge, in symbols and with this
 * example's numbers, as far as the timeline has computed them. Typeset only when the lesson,
 * the step or the focus changes.
 */
export function ChainRulePanel() {
  const lesson = useAppStore((s) => s.lesson);
  const index = useAppStore((s) => s.step);
  const picked = useAppStore((s) => focusKey(pickedFocus(s)));
  const m = useMessages();
  const say = m.app.chain;
  const view = useMemo(() => {
    if (!lesson) return null;
    const steps = backpropSteps(lesson.spec.sizes.length);
    const knowledge = knowledgeAt(steps, index);
    const focus = pickedFocus(useAppStore.getState()) ?? defaultFocus(lesson, steps[index]);
    const view = chainRuleFor(lesson, knowledge, focus, m.app);
    // Lines this step added: the earlier ones fold away so the new idea stays on screen.
    const before =
      index > 0 ? chainRuleFor(lesson, knowledgeAt(steps, index - 1), focus, m.app).lines : [];
    const known = new Set(before.map((line) => line.tex));
    const fresh = view.lines.filter((line) => !known.has(line.tex));
    const earlier = fresh.length > 0 ? view.lines.filter((line) => known.has(line.tex)) : [];
    return { focus, knowledge, ...view, earlier, latest: fresh.length > 0 ? fresh : view.lines };
    // `picked` names the focus read from the store above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, index, picked, m]);

  return (
    <section className="card chain-rule" data-testid="chain-rule-panel" aria-label={say.card}>
      <h2>{say.heading}</h2>
      {!lesson || !view ? (
        <p className="caption">{say.empty}</p>
      ) : (
        <div className="chain-rule-body">
          <div className="chain-rule-math">
            <h3 data-testid="chain-rule-title">{view.title}</h3>
            {view.pending && <p className="caption pending">{view.pending}</p>}
            {view.earlier.length > 0 && (
              <details className="earlier">
                <summary>{say.earlier(view.focus.kind, view.earlier.length)}</summary>
                <TexLines lines={view.earlier} />
              </details>
            )}
            <TexLines lines={view.latest} fresh={view.earlier.length > 0} />
          </div>
          <aside className="chain-rule-side">
            <EdgeChoices
              lesson={lesson}
              neuron={focusNeuron(view.focus)}
              chosen={view.focus.kind === 'edge' ? view.focus.k : null}
              gradientKnown={view.knowledge.gradient}
            />
            <NudgeCheck
              key={`${focusKey(view.focus)}`}
              lesson={lesson}
              param={paramOf(view.focus)}
              gradientKnown={view.knowledge.gradient}
            />
          </aside>
        </div>
      )}
    </section>
  );
}
