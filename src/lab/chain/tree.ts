import type { Quantity } from './quantities';

/** A node of the dependency tree: row 0 is C₀ at the top, columns 0-2 left to right. */
export interface TreeNode {
  quantity: Quantity;
  row: number;
  column: number;
}

/**
 * 3Blue1Brown's tree for the last two layers, drawn bottom-up:
 * w⁽²⁾, a⁽¹⁾, b⁽²⁾ → z⁽²⁾ → a⁽²⁾; w⁽³⁾, a⁽²⁾, b⁽³⁾ → z⁽³⁾ → a⁽³⁾ → C₀ ← y.
 */
export const TREE_NODES: readonly TreeNode[] = [
  { quantity: { symbol: 'C' }, row: 0, column: 1 },
  { quantity: { symbol: 'a', layer: 3 }, row: 1, column: 1 },
  { quantity: { symbol: 'y' }, row: 1, column: 2 },
  { quantity: { symbol: 'z', layer: 3 }, row: 2, column: 1 },
  { quantity: { symbol: 'w', layer: 3 }, row: 3, column: 0 },
  { quantity: { symbol: 'a', layer: 2 }, row: 3, column: 1 },
  { quantity: { symbol: 'b', layer: 3 }, row: 3, column: 2 },
  { quantity: { symbol: 'z', layer: 2 }, row: 4, column: 1 },
  { quantity: { symbol: 'w', layer: 2 }, row: 5, column: 0 },
  { quantity: { symbol: 'a', layer: 1 }, row: 5, column: 1 },
  { quantity: { symbol: 'b', layer: 2 }, row: 5, column: 2 },
];

export const TREE_ROWS = 6;

/** Each edge points from a quantity to the one computed from it: [from, to] node indices. */
export const TREE_EDGES: readonly [number, number][] = [
  [1, 0],
  [2, 0],
  [3, 1],
  [4, 3],
  [5, 3],
  [6, 3],
  [7, 5],
  [8, 7],
  [9, 7],
  [10, 7],
];
