import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAIN, traceChain } from './chainModel';
import { fromPixel, lineTicks, toPixel } from './numberLine';
import type { Quantity } from './quantities';
import { isDraggable, quantityId, quantityValue, withQuantity } from './quantities';
import { TREE_EDGES, TREE_NODES } from './tree';

const p = DEFAULT_CHAIN;
const t = traceChain(p);

/** Moves a quantity a little: directly if draggable, else through the bias of its layer. */
function nudge(q: Quantity) {
  if (isDraggable(q)) return withQuantity(p, t, q, quantityValue(q, p, t) - 0.05);
  if (q.symbol === 'z' || q.symbol === 'a') {
    const b = { symbol: 'b', layer: q.layer } as const;
    return withQuantity(p, t, b, quantityValue(b, p, t) - 0.05);
  }
  throw new Error(`no way to nudge ${q.symbol}`);
}

describe('the dependency tree', () => {
  it('draws an arrow only where nudging the tail moves the head', () => {
    for (const [from, to] of TREE_EDGES) {
      const moved = nudge(TREE_NODES[from].quantity);
      const head = TREE_NODES[to].quantity;
      expect(quantityValue(head, moved, traceChain(moved))).not.toBeCloseTo(
        quantityValue(head, p, t),
        6,
      );
      expect(TREE_NODES[from].row).toBe(TREE_NODES[to].row + 1);
    }
  });

  it('brings every input of a node’s formula in, and nothing into the leaves', () => {
    const inputs: Record<string, number> = { C: 2, a3: 1, y: 0, z3: 3, w3: 0, a2: 1, b3: 0 };
    Object.assign(inputs, { z2: 3, w2: 0, a1: 0, b2: 0 });
    TREE_NODES.forEach((n, i) => {
      const into = TREE_EDGES.filter(([, to]) => to === i).length;
      expect(into, quantityId(n.quantity)).toBe(inputs[quantityId(n.quantity)]);
    });
  });
});

describe('number lines', () => {
  const s = { domain: [-5, 5] as [number, number], x0: 100, x1: 300 };
  it('maps values to pixels and back, pinning values off the line at its ends', () => {
    expect(toPixel(s, 0)).toBe(200);
    expect(fromPixel(s, toPixel(s, 1.25))).toBeCloseTo(1.25, 12);
    expect(toPixel(s, 9)).toBe(300);
    expect(fromPixel(s, 0)).toBe(-5);
  });
  it('ticks the ends and zero', () => {
    expect(lineTicks([-5, 5])).toEqual([-5, 0, 5]);
    expect(lineTicks([0, 1])).toEqual([0, 1]);
  });
});
