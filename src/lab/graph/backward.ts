import { slope } from '../../engine/activations';
import type { Edge, Graph, GraphNode } from './graph';
import { edgesOf } from './graph';

/**
 * The backward pass as a timeline: one step per node, from the output (d out = 1) back to the
 * inputs. At its step a node adds up the gradients its consumers sent it, then sends each
 * operand that sum times its local derivative.
 */

export interface Received {
  edge: Edge;
  grad: number;
}

export interface Sent {
  edge: Edge;
  /** ∂node/∂operand at the current values: y for x·y, 1 for +, σ(1 − σ) for σ, … */
  local: number;
  grad: number;
}

export interface BackwardStep {
  node: number;
  /** The gradients arriving on the node's outgoing edges; none for the output, seeded with 1. */
  received: Received[];
  /** ∂out/∂node: 1 for the output, else the sum of what it received. */
  grad: number;
  sent: Sent[];
}

/** ∂node/∂operand for each operand of `node`, given every node's forward value. */
export function localDerivatives(node: GraphNode, values: readonly number[]): number[] {
  const [x, y] = node.operands.map((o) => values[o]);
  const z = values[node.id];
  switch (node.op) {
    case 'input':
    case 'const':
      return [];
    case 'neg':
      return [-1];
    case 'add':
      return [1, 1];
    case 'sub':
      return [1, -1];
    case 'mul':
      return [y, x];
    case 'sigmoid':
      return [slope('sigmoid', x, z)];
    case 'tanh':
      return [slope('tanh', x, z)];
    case 'exp':
      return [z];
    case 'square':
      return [2 * x];
  }
}

/**
 * Right to left by layout column, so the walk reads like the picture; within a column, later
 * nodes first. Every consumer sits in a column right of its operands, so each node comes after
 * all the nodes it feeds.
 */
export function backwardOrder(graph: Graph): number[] {
  return graph.nodes.map((n) => n.id).sort((a, b) => graph.column[b] - graph.column[a] || b - a);
}

export function backwardSteps(graph: Graph, values: readonly number[]): BackwardStep[] {
  const edges = edgesOf(graph);
  const edgeGrad = new Map<string, number>();
  return backwardOrder(graph).map((id) => {
    const node = graph.nodes[id];
    const received = edges
      .filter((e) => e.from === id)
      .map((edge) => ({ edge, grad: edgeGrad.get(edge.id) as number }));
    const grad = id === graph.output ? 1 : received.reduce((sum, r) => sum + r.grad, 0);
    const locals = localDerivatives(node, values);
    const sent = edges
      .filter((e) => e.to === id)
      .map((edge) => ({ edge, local: locals[edge.slot], grad: grad * locals[edge.slot] }));
    for (const s of sent) edgeGrad.set(s.edge.id, s.grad);
    return { node: id, received, grad, sent };
  });
}

/** What the picture shows after the first `count` steps: gradients of nodes and edges so far. */
export function revealed(
  steps: readonly BackwardStep[],
  count: number,
): { nodeGrad: Map<number, number>; edgeGrad: Map<string, number> } {
  const nodeGrad = new Map<number, number>();
  const edgeGrad = new Map<string, number>();
  for (const step of steps.slice(0, count)) {
    nodeGrad.set(step.node, step.grad);
    for (const s of step.sent) edgeGrad.set(s.edge.id, s.grad);
  }
  return { nodeGrad, edgeGrad };
}

/** ∂out/∂name for every input: its node's gradient once the walk is complete. */
export function inputGradients(graph: Graph, steps: readonly BackwardStep[]): Map<string, number> {
  const grads = new Map<string, number>();
  for (const step of steps) {
    const node = graph.nodes[step.node];
    if (node.op === 'input') grads.set(node.name as string, step.grad);
  }
  return grads;
}
