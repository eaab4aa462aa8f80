import { plainNumber } from '../../math/texNumber';
import type { Graph, GraphNode, NodeOp } from './graph';

/** How a node's operation is drawn in its box. */
const OP_SYMBOL: Record<Exclude<NodeOp, 'input' | 'const'>, string> = {
  add: '+',
  sub: '−',
  mul: '×',
  neg: '−x',
  sigmoid: 'σ',
  tanh: 'tanh',
  exp: 'exp',
  square: 'x²',
};

/** Significant digits on the picture: enough for 2.2, 110 and 0.8808. */
export const SHOWN_DIGITS = 4;

/** An input's name as typed, a constant's value, or the operation's symbol. */
export function nodeLabel(node: GraphNode): string {
  if (node.op === 'input') return node.name as string;
  if (node.op === 'const') return plainNumber(node.constant as number, SHOWN_DIGITS);
  return OP_SYMBOL[node.op];
}

/** A node as a sentence names it: "apple", "the constant 2", "the × node (200)". */
export function nodeDescription(graph: Graph, id: number, values: readonly number[]): string {
  const node = graph.nodes[id];
  if (node.op === 'input') return node.name as string;
  if (node.op === 'const') return `the constant ${nodeLabel(node)}`;
  return `the ${nodeLabel(node)} node (${plainNumber(values[id], SHOWN_DIGITS)})`;
}

/** The letters the rule calls a node's operands: x, or x and y. */
export const OPERAND_LETTERS = ['x', 'y'] as const;
