import { shownNumber } from '../../math/shownNumber';
import type { Graph, GraphNode, NodeOp } from './graph';
import type { FunctionWords } from './parse';

/** How a node's operation is drawn in its box; exp is named in the reader's language. */
const OP_SYMBOL: Record<Exclude<NodeOp, 'input' | 'const' | 'exp'>, string> = {
  add: '+',
  sub: '−',
  mul: '×',
  neg: '−x',
  sigmoid: 'σ',
  tanh: 'tanh',
  square: 'x²',
};

/** Significant digits on the picture: enough for 2.2, 110 and 0.8808. */
export const SHOWN_DIGITS = 4;

/** An input's name as typed, a constant's value, or the operation's symbol. */
export function nodeLabel(node: GraphNode, words: Pick<NodeWords, 'functions'>): string {
  if (node.op === 'input') return node.name as string;
  if (node.op === 'const') return shownNumber(node.constant as number, SHOWN_DIGITS);
  if (node.op === 'exp') return words.functions.exp;
  return OP_SYMBOL[node.op];
}

/** How the current language names a constant and an operation node in a sentence. */
export interface NodeWords {
  /** The names the expression language accepts for exp and square in this language. */
  functions: FunctionWords;
  constantNode(value: string): string;
  opNode(op: string, value: string): string;
}

/** A node as a sentence names it: "apple", "the constant 2", "the × node (200)". */
export function nodeDescription(
  graph: Graph,
  id: number,
  values: readonly number[],
  words: NodeWords,
): string {
  const node = graph.nodes[id];
  if (node.op === 'input') return node.name as string;
  if (node.op === 'const') return words.constantNode(nodeLabel(node, words));
  return words.opNode(nodeLabel(node, words), shownNumber(values[id], SHOWN_DIGITS));
}

/** The letters the rule calls a node's operands: x, or x and y. */
export const OPERAND_LETTERS = ['x', 'y'] as const;
