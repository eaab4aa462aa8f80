import type { BackwardStep } from './backward';
import { backwardSteps } from './backward';
import type { Graph } from './graph';
import { forwardValues } from './graph';
import { NEW_INPUT_VALUE } from './presets';
import type { GraphProblem } from './problems';

export interface Evaluated {
  values: number[];
  steps: BackwardStep[];
}

export type EvaluateResult = ({ ok: true } & Evaluated) | { ok: false; problem: GraphProblem };

/** Both passes; refused when a value or gradient overflows (exp(800)) so nothing shows ∞. */
export function evaluateGraph(
  graph: Graph,
  inputs: Readonly<Record<string, number>>,
): EvaluateResult {
  const values = forwardValues(graph, inputs);
  const steps = backwardSteps(graph, values);
  const finite =
    values.every(Number.isFinite) &&
    steps.every((s) => Number.isFinite(s.grad) && s.sent.every((e) => Number.isFinite(e.grad)));
  if (!finite) return { ok: false, problem: { code: 'overflow' } };
  return { ok: true, values, steps };
}

/** Values for a new graph's inputs: kept where the name existed before, else a fresh default. */
export function carryInputs(
  graph: Graph,
  previous: Readonly<Record<string, number>>,
): Record<string, number> {
  // hasOwn: a name such as "constructor" must not pick up a property of Object.prototype.
  return Object.fromEntries(
    graph.inputs.map((name) => [
      name,
      Object.hasOwn(previous, name) ? previous[name] : NEW_INPUT_VALUE,
    ]),
  );
}
