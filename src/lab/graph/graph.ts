import { sigmoid } from '../../engine/activations';
import type { BinaryOp, Expr, FunctionName, FunctionWords } from './parse';
import { parseExpression } from './parse';
import type { GraphProblem } from './problems';

/**
 * A computational graph: one node per operation, constant and named input. A name used twice
 * is one node with two outgoing edges, which is why its gradient is a sum.
 */

export type NodeOp = 'input' | 'const' | 'neg' | BinaryOp | FunctionName;

export interface GraphNode {
  id: number;
  op: NodeOp;
  /** Node ids this node reads, in order (x then y for x − y). */
  operands: number[];
  /** For an input: its name as typed. */
  name?: string;
  /** For a constant: its value. */
  constant?: number;
}

export interface Graph {
  /** In creation order, which is topological: operands always come before their consumer. */
  nodes: GraphNode[];
  output: number;
  /** Input names in order of first appearance. */
  inputs: string[];
  /** Layout column of each node: leaves at 0, every operation right of all its operands. */
  column: number[];
}

/** An edge carries a value forward from an operand to its consumer, and a gradient back. */
export interface Edge {
  id: string;
  from: number;
  to: number;
  /** Which operand of `to` this is: 0 for x, 1 for y. */
  slot: number;
}

export type GraphResult = { ok: true; graph: Graph } | { ok: false; problem: GraphProblem };

/** Beyond these the picture stops fitting on a projector. */
export const LIMITS = { nodes: 24, inputs: 6, columns: 8 } as const;

function buildNodes(expr: Expr): { nodes: GraphNode[]; output: number } {
  const nodes: GraphNode[] = [];
  const inputIds = new Map<string, number>();
  const add = (node: Omit<GraphNode, 'id'>) => nodes.push({ id: nodes.length, ...node }) - 1;
  const visit = (e: Expr): number => {
    switch (e.kind) {
      case 'number':
        return add({ op: 'const', operands: [], constant: e.value });
      case 'name': {
        const known = inputIds.get(e.name);
        if (known !== undefined) return known;
        const id = add({ op: 'input', operands: [], name: e.name });
        inputIds.set(e.name, id);
        return id;
      }
      case 'neg':
        return add({ op: 'neg', operands: [visit(e.arg)] });
      case 'call':
        return add({ op: e.fn, operands: [visit(e.arg)] });
      case 'binary': {
        const left = visit(e.left);
        return add({ op: e.op, operands: [left, visit(e.right)] });
      }
    }
  };
  const output = visit(expr);
  return { nodes, output };
}

function columnsOf(nodes: GraphNode[]): number[] {
  const column: number[] = [];
  for (const n of nodes) {
    column[n.id] = n.operands.length ? 1 + Math.max(...n.operands.map((o) => column[o])) : 0;
  }
  return column;
}

export function buildGraph(expr: Expr): GraphResult {
  const { nodes, output } = buildNodes(expr);
  const inputs = nodes.filter((n) => n.op === 'input').map((n) => n.name as string);
  const column = columnsOf(nodes);
  if (inputs.length === 0) return { ok: false, problem: { code: 'noInputs' } };
  if (inputs.length > LIMITS.inputs) {
    return { ok: false, problem: { code: 'tooManyInputs', max: LIMITS.inputs } };
  }
  if (nodes.length > LIMITS.nodes) {
    return { ok: false, problem: { code: 'tooManyNodes', count: nodes.length, max: LIMITS.nodes } };
  }
  if (column[output] + 1 > LIMITS.columns) {
    return {
      ok: false,
      problem: { code: 'tooDeep', depth: column[output] + 1, max: LIMITS.columns },
    };
  }
  return { ok: true, graph: { nodes, output, inputs, column } };
}

/**
 * Parses and builds in one go: the graph of `text`, or the first thing wrong with it
 * (`functionWords` as for parseExpression).
 */
export function compileExpression(
  text: string,
  functionWords: readonly FunctionWords[],
): GraphResult {
  const parsed = parseExpression(text, functionWords);
  return parsed.ok ? buildGraph(parsed.expr) : parsed;
}

export function edgesOf(graph: Graph): Edge[] {
  return graph.nodes.flatMap((n) =>
    n.operands.map((from, slot) => ({ id: `${from}-${n.id}-${slot}`, from, to: n.id, slot })),
  );
}

/** Forward pass: the value of every node, indexed by node id. */
export function forwardValues(graph: Graph, inputs: Readonly<Record<string, number>>): number[] {
  const v: number[] = [];
  for (const n of graph.nodes) {
    const [x, y] = n.operands.map((o) => v[o]);
    switch (n.op) {
      case 'input': {
        const name = n.name as string;
        if (!Object.hasOwn(inputs, name)) throw new Error(`No value for input ${name}`);
        v[n.id] = inputs[name];
        break;
      }
      case 'const':
        v[n.id] = n.constant as number;
        break;
      case 'neg':
        v[n.id] = -x;
        break;
      case 'add':
        v[n.id] = x + y;
        break;
      case 'sub':
        v[n.id] = x - y;
        break;
      case 'mul':
        v[n.id] = x * y;
        break;
      case 'sigmoid':
        v[n.id] = sigmoid(x);
        break;
      case 'tanh':
        v[n.id] = Math.tanh(x);
        break;
      case 'exp':
        v[n.id] = Math.exp(x);
        break;
      case 'square':
        v[n.id] = x * x;
        break;
    }
  }
  return v;
}
