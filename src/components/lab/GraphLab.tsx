import { useMemo, useState } from 'react';
import { inputGradients } from '../../lab/graph/backward';
import type { Evaluated } from '../../lab/graph/evaluate';
import { carryInputs, evaluateGraph } from '../../lab/graph/evaluate';
import type { Graph } from '../../lab/graph/graph';
import { compileExpression } from '../../lab/graph/graph';
import { SHOWN_DIGITS } from '../../lab/graph/labels';
import type { GraphPreset } from '../../lab/graph/presets';
import { graphPresets } from '../../lab/graph/presets';
import type { GraphProblem } from '../../lab/graph/problems';
import { GRAPH_FUNCTION_WORDS } from '../../i18n/graphFunctionWords';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { GraphDiagram } from './GraphDiagram';
import { GraphExpression } from './GraphExpression';
import { GraphInputs } from './GraphInputs';
import { GraphStepper } from './GraphStepper';
import './GraphLab.css';

/** The last good graph with its input values and both passes; refused edits leave it alone. */
interface Shown extends Evaluated {
  graph: Graph;
  inputs: Record<string, number>;
  /** Bumped on every new graph so the input fields start afresh. */
  version: number;
}

type Attempt = { ok: true; shown: Shown } | { ok: false; problem: GraphProblem };

/** A refused input value, kept as data so its message follows the language. */
interface Refusal {
  name: string;
  value: number;
  problem: GraphProblem;
}

function attempt(graph: Graph, inputs: Record<string, number>, version: number): Attempt {
  const r = evaluateGraph(graph, inputs);
  return r.ok
    ? { ok: true, shown: { graph, inputs, values: r.values, steps: r.steps, version } }
    : r;
}

function presetShown(preset: GraphPreset, version: number): Attempt {
  const compiled = compileExpression(preset.expression, GRAPH_FUNCTION_WORDS);
  if (!compiled.ok) return compiled;
  return attempt(compiled.graph, carryInputs(compiled.graph, preset.inputs), version);
}

function initialShown(preset: GraphPreset): Shown {
  const first = presetShown(preset, 0);
  if (!first.ok) throw new Error(`The default preset is broken: ${first.problem.code}`);
  return first.shown;
}

/**
 * Teaching notes §5: a computational graph whose forward values sit on the nodes and whose
 * backward gradients walk node by node from the output, each step one local rule.
 */
export function GraphLab() {
  const m = useMessages().lab.graph;
  // The shopping bill's inputs are named in the current language; the lab opens with it.
  const presets = useMemo(() => graphPresets(m.shoppingNames), [m.shoppingNames]);
  const [shown, setShown] = useState(() => initialShown(presets[0]));
  const [draft, setDraft] = useState(presets[0].expression);
  const [done, setDone] = useState(0);
  const [expressionError, setExpressionError] = useState<GraphProblem | null>(null);
  const [valueError, setValueError] = useState<Refusal | null>(null);
  const { graph, values, steps } = shown;
  const grads = useMemo(() => inputGradients(graph, steps.slice(0, done)), [graph, steps, done]);

  function showNew(result: Attempt) {
    if (!result.ok) {
      setExpressionError(result.problem);
      return;
    }
    setShown(result.shown);
    setDone(0);
    setExpressionError(null);
    setValueError(null);
  }

  function build() {
    const compiled = compileExpression(draft, GRAPH_FUNCTION_WORDS);
    showNew(
      compiled.ok
        ? attempt(compiled.graph, carryInputs(compiled.graph, shown.inputs), shown.version + 1)
        : compiled,
    );
  }

  function preset(p: GraphPreset) {
    setDraft(p.expression);
    showNew(presetShown(p, shown.version + 1));
  }

  function editInput(name: string, value: number) {
    const result = attempt(graph, { ...shown.inputs, [name]: value }, shown.version);
    if (!result.ok) {
      setValueError({ name, value, problem: result.problem });
      return;
    }
    // The step stays put, so the gradients on screen update in place.
    setShown(result.shown);
    setValueError(null);
  }

  return (
    <section className="card graph-lab" aria-label={m.sectionLabel}>
      <GraphExpression
        presets={presets}
        draft={draft}
        error={expressionError ? m.problem(expressionError) : ''}
        onDraft={setDraft}
        onBuild={build}
        onPreset={preset}
      />
      <GraphInputs
        key={shown.version}
        graph={graph}
        inputs={shown.inputs}
        grads={grads}
        error={
          valueError
            ? m.refused(valueError.name, valueError.value, m.problem(valueError.problem))
            : ''
        }
        onInput={editInput}
      />
      <div className="graph-main">
        <div className="graph-picture">
          <p className="graph-legend">
            {m.output} ={' '}
            <b data-testid="graph-output" data-value={values[graph.output]}>
              {shownNumber(values[graph.output], SHOWN_DIGITS)}
            </b>
            {m.inBoxes}
            <span className="graph-red">{m.red}</span>
            {m.redMeaning}
          </p>
          <GraphDiagram graph={graph} values={values} steps={steps} done={done} />
        </div>
        <GraphStepper graph={graph} values={values} steps={steps} done={done} onDone={setDone} />
      </div>
    </section>
  );
}
