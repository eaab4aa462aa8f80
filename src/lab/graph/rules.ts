import { paint } from '../../math/symbols';
import { texFactor, texNumber } from '../../math/texNumber';
import type { BackwardStep } from './backward';
import type { Graph } from './graph';

/**
 * The local rule of one backward step in TeX. An operation node is z, its operands x and y:
 * letters of our own. An input has no operands and goes by its own name (d tax), as text.
 */

const D = '\\mathrm{d}';
const DIGITS = 4;

const num = (x: number) => texNumber(x, DIGITS);
const factor = (x: number) => texFactor(x, DIGITS);
const grad = (x: number) => paint('cost', num(x));

/** z = …, the forward formula, and each operand's gradient: symbolic = substituted = result. */
function operationLines(graph: Graph, values: readonly number[], step: BackwardStep): string[] {
  const node = graph.nodes[step.node];
  const [xv, yv] = node.operands.map((o) => values[o]);
  const zv = values[step.node];
  const g = factor(step.grad);
  const [dx, dy] = step.sent.map((s) => grad(s.grad));
  switch (node.op) {
    case 'input':
    case 'const':
      return [];
    case 'mul':
      return [
        `z &= x \\cdot y = ${factor(xv)} \\cdot ${factor(yv)} = ${num(zv)}`,
        `${D}x &= ${D}z \\cdot y = ${g} \\cdot ${factor(yv)} = ${dx}`,
        `${D}y &= ${D}z \\cdot x = ${g} \\cdot ${factor(xv)} = ${dy}`,
      ];
    case 'add':
      return [
        `z &= x + y = ${factor(xv)} + ${factor(yv)} = ${num(zv)}`,
        `${D}x &= ${D}z = ${dx}`,
        `${D}y &= ${D}z = ${dy}`,
      ];
    case 'sub':
      return [
        `z &= x - y = ${factor(xv)} - ${factor(yv)} = ${num(zv)}`,
        `${D}x &= ${D}z = ${dx}`,
        `${D}y &= -${D}z = ${dy}`,
      ];
    case 'neg':
      return [`z &= -x = ${num(zv)}`, `${D}x &= -${D}z = ${dx}`];
    case 'sigmoid':
      return [
        `z &= \\sigma(x) = \\sigma(${num(xv)}) = ${num(zv)}`,
        `${D}x &= ${D}z \\cdot z(1 - z) = ${g} \\cdot ${factor(zv)}(1 - ${factor(zv)}) = ${dx}`,
      ];
    case 'tanh':
      return [
        `z &= \\tanh x = \\tanh ${factor(xv)} = ${num(zv)}`,
        `${D}x &= ${D}z \\cdot (1 - z^2) = ${g} \\cdot (1 - ${factor(zv)}^2) = ${dx}`,
      ];
    case 'exp':
      return [
        `z &= e^{x} = e^{${num(xv)}} = ${num(zv)}`,
        `${D}x &= ${D}z \\cdot e^{x} = ${g} \\cdot ${factor(zv)} = ${dx}`,
      ];
    case 'square':
      return [
        `z &= x^2 = ${factor(xv)}^2 = ${num(zv)}`,
        `${D}x &= ${D}z \\cdot 2x = ${g} \\cdot 2 \\cdot ${factor(xv)} = ${dx}`,
      ];
  }
}

/** An input's name as TeX text: letters and digits of any script pass, `_` is escaped. */
const texName = (name: string) => `\\text{${name.replace(/_/g, '\\_')}}`;

/** dz (or d name): 1 at the output, else what arrived, summed when the node feeds several. */
function gradientLine(graph: Graph, step: BackwardStep): string {
  const node = graph.nodes[step.node];
  const dz = node.op === 'input' ? `${D}\\,${texName(node.name as string)}` : `${D}z`;
  if (step.node === graph.output) return `${dz} &= 1`;
  const parts = step.received.map((r) => factor(r.grad));
  const sum = parts.length > 1 ? `${parts.join(' + ')} = ` : '';
  return `${dz} &= ${sum}${grad(step.grad)}`;
}

export function stepRuleTex(graph: Graph, values: readonly number[], step: BackwardStep): string {
  const [forward, ...sends] = operationLines(graph, values, step);
  const lines = forward
    ? [forward, gradientLine(graph, step), ...sends]
    : [gradientLine(graph, step)];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
