import type { Edge, Graph } from './graph';
import { edgesOf } from './graph';

/**
 * Left-to-right placement, layered as in Sugiyama's method: inputs in the first column, the
 * output alone in the last. Columns are filled from the right so each node sits level with
 * the ports it feeds, which keeps edges straight and uncrossed in the small graphs drawn here.
 */

export interface GridPoint {
  column: number;
  row: number;
}

export interface GridLayout {
  /** Column of each node (0 = inputs). */
  column: number[];
  /** Row of each node; rows may be fractional so edges run straight where they can. */
  row: number[];
  /**
   * For an edge spanning several columns, where it crosses each column in between. Those
   * crossings take a slot in their column like a node, so no edge is drawn through a box.
   */
  waypoints: Map<string, GridPoint[]>;
  columns: number;
  rows: number;
}

const PORT_SPACING_ROWS = 0.35;

/** Where operand `slot` of a node with `arity` operands enters it, in rows from its centre. */
export function portOffset(slot: number, arity: number): number {
  return (slot - (arity - 1) / 2) * PORT_SPACING_ROWS;
}

type Slot = { node: number } | { edge: Edge; column: number };

/**
 * Rows from wished-for heights (sorted): each as close to its wish as a spacing of one row
 * allows, all inside [0, rows − 1].
 */
function packRows(wishes: number[], rows: number): number[] {
  const placed = [...wishes];
  placed.forEach((_, i) => (placed[i] = Math.max(placed[i], i ? placed[i - 1] + 1 : 0)));
  for (let i = placed.length - 1; i >= 0; i--) {
    placed[i] = Math.min(placed[i], i < placed.length - 1 ? placed[i + 1] - 1 : rows - 1);
  }
  return placed;
}

export function gridLayout(graph: Graph): GridLayout {
  const columns = graph.column[graph.output] + 1;
  const edges = edgesOf(graph);
  const byColumn: Slot[][] = Array.from({ length: columns }, () => []);
  for (const n of graph.nodes) byColumn[graph.column[n.id]].push({ node: n.id });
  for (const edge of edges) {
    for (let c = graph.column[edge.from] + 1; c < graph.column[edge.to]; c++) {
      byColumn[c].push({ edge, column: c });
    }
  }
  const rows = Math.max(...byColumn.map((c) => c.length));
  const row: number[] = [];
  const waypointRow = new Map<string, number>();
  const at = (edge: Edge, column: number) => `${edge.id}@${column}`;
  // Where an edge leaving `column` heads: its next waypoint, or the port of its target.
  const nextRow = (edge: Edge, column: number) =>
    column + 1 === graph.column[edge.to]
      ? row[edge.to] + portOffset(edge.slot, graph.nodes[edge.to].operands.length)
      : (waypointRow.get(at(edge, column + 1)) as number);
  const wish = (slot: Slot) => {
    if ('edge' in slot) return nextRow(slot.edge, slot.column);
    if (slot.node === graph.output) return (rows - 1) / 2;
    const out = edges.filter((e) => e.from === slot.node);
    return out.reduce((sum, e) => sum + nextRow(e, graph.column[slot.node]), 0) / out.length;
  };

  // Right to left: everything a slot feeds is placed before the slot itself.
  for (let c = columns - 1; c >= 0; c--) {
    const ordered = byColumn[c]
      .map((slot, i) => ({ slot, wish: wish(slot), i }))
      .sort((a, b) => a.wish - b.wish || a.i - b.i);
    const placed = packRows(
      ordered.map((o) => o.wish),
      rows,
    );
    ordered.forEach(({ slot }, i) => {
      if ('edge' in slot) waypointRow.set(at(slot.edge, slot.column), placed[i]);
      else row[slot.node] = placed[i];
    });
  }

  const waypoints = new Map<string, GridPoint[]>();
  for (const edge of edges) {
    const points: GridPoint[] = [];
    for (let c = graph.column[edge.from] + 1; c < graph.column[edge.to]; c++) {
      points.push({ column: c, row: waypointRow.get(at(edge, c)) as number });
    }
    waypoints.set(edge.id, points);
  }
  return { column: graph.column, row, waypoints, columns, rows };
}

/** Box and spacing in CSS pixels: text inside stays at its real size at any window width. */
export const NODE = { width: 124, height: 98 } as const;
const MIN_COLUMN_SPACING = 220;
const ROW_SPACING = 142;
const MARGIN = { x: 24, y: 44 } as const;

export interface PixelLayout {
  x: number[];
  y: number[];
  /** Each edge's waypoints in pixels (empty for an edge between neighbouring columns). */
  waypoints: Map<string, [number, number][]>;
  width: number;
  height: number;
  rowSpacing: number;
}

/** Node centres in pixels for a drawing `availableWidth` wide (wider if the graph needs it). */
export function pixelLayout(grid: GridLayout, availableWidth: number): PixelLayout {
  const inner = Math.max(availableWidth - 2 * MARGIN.x - NODE.width, 0);
  const spacing = grid.columns > 1 ? Math.max(inner / (grid.columns - 1), MIN_COLUMN_SPACING) : 0;
  const width = Math.max(availableWidth, 2 * MARGIN.x + NODE.width + spacing * (grid.columns - 1));
  // A lone column (an expression that is just x) sits in the middle.
  const left = grid.columns > 1 ? MARGIN.x + NODE.width / 2 : width / 2;
  const toX = (column: number) => left + column * spacing;
  const toY = (row: number) => MARGIN.y + NODE.height / 2 + row * ROW_SPACING;
  const waypoints = new Map<string, [number, number][]>();
  for (const [id, points] of grid.waypoints) {
    waypoints.set(
      id,
      points.map((p): [number, number] => [toX(p.column), toY(p.row)]),
    );
  }
  return {
    x: grid.column.map(toX),
    y: grid.row.map(toY),
    waypoints,
    width,
    height: 2 * MARGIN.y + NODE.height + (grid.rows - 1) * ROW_SPACING,
    rowSpacing: ROW_SPACING,
  };
}
