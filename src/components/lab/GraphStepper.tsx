import type { BackwardStep } from '../../lab/graph/backward';
import type { Graph } from '../../lab/graph/graph';
import { nodeDescription, OPERAND_LETTERS, SHOWN_DIGITS } from '../../lab/graph/labels';
import { stepRuleTex } from '../../lab/graph/rules';
import { plainNumber } from '../../math/texNumber';
import { Tex } from '../Tex';

interface GraphStepperProps {
  graph: Graph;
  values: readonly number[];
  steps: readonly BackwardStep[];
  done: number;
  onDone(done: number): void;
}

const show = (x: number) => plainNumber(x, SHOWN_DIGITS);

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
  const node = graph.nodes[step.node];
  const name = nodeDescription(graph, step.node, values);
  const isOutput = step.node === graph.output;
  const arrived = isOutput
    ? 'It is the output, so its gradient is d out = 1.'
    : step.received.length > 1
      ? `It is used ${step.received.length} times, so the gradients coming back add up: ${step.received.map((r) => show(r.grad)).join(' + ')} = ${show(step.grad)}.`
      : `It receives the gradient ${show(step.grad)}.`;
  const operands = node.operands.map(
    (o, i) => `${OPERAND_LETTERS[i]} is ${nodeDescription(graph, o, values)}`,
  );
  const sends = step.sent.map(
    (s) => `${show(s.grad)} to ${nodeDescription(graph, s.edge.from, values)}`,
  );
  return (
    <p className="graph-story" data-testid="graph-step-story">
      {/* An input's name is shown as typed: capitalising it would name another input. */}
      <b>{node.op === 'input' ? name : name[0].toUpperCase() + name.slice(1)}.</b> {arrived}{' '}
      {operands.length > 0 && `Here z is this node, ${operands.join(' and ')}. `}
      {sends.length > 0
        ? `It sends back ${sends.join(' and ')}.`
        : node.op === 'input' && `That is how much the output moves per unit of ${node.name}.`}
    </p>
  );
}

/** The backward timeline: one step per node, from the output back to the inputs. */
export function GraphStepper({ graph, values, steps, done, onDone }: GraphStepperProps) {
  const step = done > 0 ? steps[done - 1] : null;
  return (
    <section className="graph-stepper" aria-label="Backward pass, step by step">
      <div className="graph-step-buttons">
        <button data-testid="graph-step-reset" disabled={done === 0} onClick={() => onDone(0)}>
          Forward pass only
        </button>
        <button
          data-testid="graph-step-prev"
          disabled={done === 0}
          onClick={() => onDone(done - 1)}
        >
          ◀ Back
        </button>
        <button
          className="primary"
          data-testid="graph-step-next"
          disabled={done === steps.length}
          onClick={() => onDone(done + 1)}
        >
          Next step ▶
        </button>
        <button
          data-testid="graph-step-all"
          disabled={done === steps.length}
          onClick={() => onDone(steps.length)}
        >
          All steps
        </button>
      </div>
      <p className="graph-step-counter" data-testid="graph-step-counter" data-value={done}>
        Backward step {done} of {steps.length}
      </p>
      {step ? (
        <>
          <StepStory graph={graph} values={values} step={step} />
          <div className="graph-rule" data-testid="graph-rule">
            <Tex tex={stepRuleTex(graph, values, step)} label="The local rule of this step" />
          </div>
        </>
      ) : (
        <p className="graph-story" data-testid="graph-step-story">
          The forward pass is done: every node shows its value. Step backwards from the output,
          where d out = 1. A × node sends back d out times the <em>other</em> factor, a + node
          passes d out on unchanged, a function multiplies it by its own slope.
        </p>
      )}
    </section>
  );
}
