import type { BackwardStep } from '../../lab/graph/backward';
import type { Graph } from '../../lab/graph/graph';
import { nodeDescription, OPERAND_LETTERS, SHOWN_DIGITS } from '../../lab/graph/labels';
import { stepRuleTex } from '../../lab/graph/rules';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { Tex } from '../ui/Tex';

interface GraphStepperProps {
  graph: Graph;
  values: readonly number[];
  steps: readonly BackwardStep[];
  done: number;
  onDone(done: number): void;
}

const show = (x: number) => shownNumber(x, SHOWN_DIGITS);

/** What the current step does, in words; the user's names appear here, never in the TeX. */
function StepStory({
  graph,
  values,
  step,
}: {
  graph: Graph;
  values: readonly number[];
  step: BackwardStep;
}) {
  const m = useMessages().lab.graph;
  const node = graph.nodes[step.node];
  const describe = (id: number) => nodeDescription(graph, id, values, m);
  const name = describe(step.node);
  const isOutput = step.node === graph.output;
  const arrived = isOutput
    ? m.isOutput
    : step.received.length > 1
      ? m.usedTimes(
          step.received.length,
          `${step.received.map((r) => show(r.grad)).join(' + ')} = ${show(step.grad)}`,
        )
      : m.receives(show(step.grad));
  const operands = node.operands.map((o, i) => m.operandIs(OPERAND_LETTERS[i], describe(o)));
  const sends = step.sent.map((s) => m.sendTo(show(s.grad), describe(s.edge.from)));
  return (
    <p className="graph-story" data-testid="graph-step-story">
      {/* An input's name is shown as typed: capitalising it would name another input. */}
      <b>{m.storyName(node.op === 'input' ? name : name[0].toUpperCase() + name.slice(1))}</b>
      {arrived}
      {operands.length > 0 && m.operands(operands)}
      {sends.length > 0 ? m.sends(sends) : node.op === 'input' && m.perUnit(node.name as string)}
    </p>
  );
}

/** The backward timeline: one step per node, from the output back to the inputs. */
export function GraphStepper({ graph, values, steps, done, onDone }: GraphStepperProps) {
  const m = useMessages().lab.graph;
  const step = done > 0 ? steps[done - 1] : null;
  return (
    <section className="graph-stepper" aria-label={m.stepper}>
      <div className="graph-step-buttons">
        <button data-testid="graph-step-reset" disabled={done === 0} onClick={() => onDone(0)}>
          {m.forwardOnly}
        </button>
        <button
          data-testid="graph-step-prev"
          disabled={done === 0}
          onClick={() => onDone(done - 1)}
        >
          {m.back}
        </button>
        <button
          className="primary"
          data-testid="graph-step-next"
          disabled={done === steps.length}
          onClick={() => onDone(done + 1)}
        >
          {m.next}
        </button>
        <button
          data-testid="graph-step-all"
          disabled={done === steps.length}
          onClick={() => onDone(steps.length)}
        >
          {m.all}
        </button>
      </div>
      <p className="graph-step-counter" data-testid="graph-step-counter" data-value={done}>
        {m.counter(done, steps.length)}
      </p>
      {step ? (
        <>
          <StepStory graph={graph} values={values} step={step} />
          <div className="graph-rule" data-testid="graph-rule">
            <Tex tex={stepRuleTex(graph, values, step)} label={m.ruleLabel} />
          </div>
        </>
      ) : (
        <p className="graph-story" data-testid="graph-step-story">
          {m.introBefore}
          <em>{m.introOther}</em>
          {m.introAfter}
        </p>
      )}
    </section>
  );
}
