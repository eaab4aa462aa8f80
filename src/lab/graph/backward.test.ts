import { describe, expect, it } from 'vitest';
import { labEn } from '../../i18n/en/lab';
import { GRAPH_FUNCTION_WORDS } from '../../i18n/graphFunctionWords';
import type { Graph } from './graph';
import { compileExpression, forwardValues } from './graph';
import { backwardSteps, inputGradients, revealed } from './backward';
import { evaluateGraph } from './evaluate';
import { graphPresets } from './presets';

const PRESETS = graphPresets(labEn.graph.shoppingNames);

function graphOf(text: string): Graph {
  const r = compileExpression(text, GRAPH_FUNCTION_WORDS);
  if (!r.ok) throw new Error(labEn.graph.problem(r.problem));
  return r.graph;
}

function gradients(text: string, inputs: Record<string, number>): Map<string, number> {
  const graph = graphOf(text);
  return inputGradients(graph, backwardSteps(graph, forwardValues(graph, inputs)));
}

/** Central finite differences: an estimate that shares no code with the backward pass. */
function numericGradient(text: string, inputs: Record<string, number>, name: string): number {
  const graph = graphOf(text);
  const h = 1e-6;
  const at = (v: number) => forwardValues(graph, { ...inputs, [name]: v })[graph.output];
  return (at(inputs[name] + h) - at(inputs[name] - h)) / (2 * h);
}

describe('the shopping example (teaching notes §5)', () => {
  const shopping = PRESETS[0];
  const graph = graphOf(shopping.expression);
  const values = forwardValues(graph, shopping.inputs);
  const steps = backwardSteps(graph, values);

  it('costs 220 and gives d(apple) = 2.2, d(count) = 110, d(tax) = 200 for dprice = 1', () => {
    expect(values[graph.output]).toBeCloseTo(220, 12);
    const grads = inputGradients(graph, steps);
    expect(grads.get('apple')).toBeCloseTo(2.2, 12);
    expect(grads.get('count')).toBeCloseTo(110, 12);
    expect(grads.get('tax')).toBeCloseTo(200, 12);
  });

  it('walks from the price back: × (220), then × (200), then the inputs', () => {
    expect(steps.map((s) => s.node)).toEqual([4, 2, 3, 1, 0]);
    expect(steps[0]).toMatchObject({ grad: 1, received: [] });
    expect(steps[0].sent.map((s) => [s.edge.id, s.local, s.grad])).toEqual([
      ['2-4-0', 1.1, 1.1],
      ['3-4-1', values[2], values[2]],
    ]);
    expect(steps[1].grad).toBeCloseTo(1.1, 12);
    expect(steps[1].sent.map((s) => s.grad)).toEqual([1.1 * 2, 1.1 * 100]);
  });

  it('reveals gradients step by step, none before the first', () => {
    expect(revealed(steps, 0).edgeGrad.size).toBe(0);
    const one = revealed(steps, 1);
    expect([...one.nodeGrad]).toEqual([[4, 1]]);
    expect([...one.edgeGrad.keys()]).toEqual(['2-4-0', '3-4-1']);
    expect(revealed(steps, steps.length).edgeGrad.size).toBe(4);
  });
});

describe('backward pass', () => {
  it('adds up the gradients of an input used twice: d(x·x)/dx = 2x', () => {
    const graph = graphOf('x * x');
    expect(graph.nodes).toHaveLength(2);
    const steps = backwardSteps(graph, forwardValues(graph, { x: 3 }));
    const x = steps[1];
    expect(x.received.map((r) => r.grad)).toEqual([3, 3]);
    expect(x.grad).toBe(6);
    expect(gradients('x * x + x', { x: 3 }).get('x')).toBe(7);
  });

  it('matches finite differences for every operation', () => {
    const cases: [string, Record<string, number>][] = [
      ...PRESETS.map((p): [string, Record<string, number>] => [p.expression, { ...p.inputs }]),
      ['exp(-a) - square(a * b) + tanh(b - 2)', { a: 0.3, b: -0.7 }],
      ['sigmoid(w * x + b) * sigmoid(x)', { w: -1.2, x: 0.8, b: 0.4 }],
    ];
    for (const [text, inputs] of cases) {
      for (const [name, g] of gradients(text, inputs)) {
        expect(g, `${text} d/d${name}`).toBeCloseTo(numericGradient(text, inputs, name), 6);
      }
    }
  });

  it('gives constants a gradient but no input entry', () => {
    const graph = graphOf('2 * x');
    const steps = backwardSteps(graph, forwardValues(graph, { x: 5 }));
    expect(steps.find((s) => s.node === 0)?.grad).toBe(5);
    expect([...inputGradients(graph, steps)]).toEqual([['x', 2]]);
  });

  it('refuses values that overflow instead of showing ∞', () => {
    const graph = graphOf('exp(x)');
    expect(evaluateGraph(graph, { x: 1 }).ok).toBe(true);
    const r = evaluateGraph(graph, { x: 800 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(labEn.graph.problem(r.problem)).toMatch(/overflows/);
  });
});
