import { describe, expect, it } from 'vitest';
import { labEn } from '../../i18n/en/lab';
import { GRAPH_FUNCTION_WORDS } from '../../i18n/graphFunctionWords';
import { backwardSteps } from './backward';
import { compileExpression, forwardValues } from './graph';
import { nodeDescription } from './labels';
import { stepRuleTex } from './rules';

function rules(text: string, inputs: Record<string, number>): string[] {
  const r = compileExpression(text, GRAPH_FUNCTION_WORDS);
  if (!r.ok) throw new Error(labEn.graph.problem(r.problem));
  const values = forwardValues(r.graph, inputs);
  return backwardSteps(r.graph, values).map((s) => stepRuleTex(r.graph, values, s));
}

describe('stepRuleTex', () => {
  it('writes the multiply rule with the shopping numbers', () => {
    const [price, subtotal, tax] = rules('apple * count * tax', { apple: 100, count: 2, tax: 1.1 });
    expect(price).toContain('\\mathrm{d}z &= 1');
    expect(price).toContain('\\mathrm{d}x &= \\mathrm{d}z \\cdot y = 1 \\cdot 1.1 =');
    expect(price).toContain('{200}');
    expect(subtotal).toContain('= 1.1 \\cdot 2 =');
    expect(subtotal).toContain('{2.2}');
    expect(subtotal).toContain('{110}');
    // An input (a leaf) is called by its own name, not z.
    expect(tax).toMatch(
      /^\\begin\{aligned\}\\mathrm\{d\}\\,\\text\{tax\} &= \\htmlClass\{tex-cost\}\{200\}/,
    );
    expect(tax).not.toContain('\\mathrm{d}z');
  });

  it('shows the sum for an input used twice, its name only on its own line', () => {
    const [product, input] = rules('secret * secret', { secret: 3 });
    expect(input).toContain('\\mathrm{d}\\,\\text{secret} &= 3 + 3 =');
    expect(product).not.toContain('secret');
    expect(rules('税率_2 * 2', { 税率_2: 1 })[2]).toContain('\\text{税率\\_2}');
  });

  it('writes each function’s local derivative', () => {
    const [sq, sub, tanh] = rules('square(tanh(x) - y)', { x: 0, y: -1 });
    expect(sq).toContain('\\mathrm{d}z \\cdot 2x = 1 \\cdot 2 \\cdot 1 =');
    expect(sub).toContain('-\\mathrm{d}z');
    expect(tanh).toContain('(1 - z^2) = 2 \\cdot (1 - 0^2)');
    expect(rules('sigmoid(x)', { x: 0 })[0]).toContain('0.5(1 - 0.5)');
    expect(rules('exp(-x)', { x: 0 })[0]).toContain('e^{0} = 1');
  });

  it('names nodes in sentences', () => {
    const r = compileExpression('2 * x', GRAPH_FUNCTION_WORDS);
    if (!r.ok) throw new Error(labEn.graph.problem(r.problem));
    const values = forwardValues(r.graph, { x: 4 });
    expect(r.graph.nodes.map((n) => nodeDescription(r.graph, n.id, values, labEn.graph))).toEqual([
      'the constant 2',
      'x',
      'the × node (8)',
    ]);
  });
});
