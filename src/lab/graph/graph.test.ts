import { describe, expect, it } from 'vitest';
import { labEn } from '../../i18n/en/lab';
import { GRAPH_FUNCTION_WORDS } from '../../i18n/graphFunctionWords';
import { compileExpression, edgesOf, forwardValues, LIMITS } from './graph';
import { carryInputs } from './evaluate';
import { gridLayout, NODE, pixelLayout } from './layout';
import { graphPresets } from './presets';

const PRESETS = graphPresets(labEn.graph.shoppingNames);

function compiled(text: string) {
  const r = compileExpression(text, GRAPH_FUNCTION_WORDS);
  if (!r.ok) throw new Error(labEn.graph.problem(r.problem));
  return r.graph;
}

describe('compileExpression', () => {
  it('makes one node per input name and per operation', () => {
    const g = compiled('x * x + y');
    expect(g.nodes.map((n) => n.op)).toEqual(['input', 'mul', 'input', 'add']);
    expect(g.inputs).toEqual(['x', 'y']);
    expect(edgesOf(g).map((e) => e.id)).toEqual(['0-1-0', '0-1-1', '1-3-0', '2-3-1']);
  });

  it('refuses graphs without inputs or too big to show', () => {
    const refused = (text: string) => {
      const r = compileExpression(text, GRAPH_FUNCTION_WORDS);
      return r.ok ? '' : labEn.graph.problem(r.problem);
    };
    expect(refused('2 * 3')).toMatch(/at least one named input/);
    expect(refused('a+b+c+d+e+f+g')).toMatch(`at most ${LIMITS.inputs}`);
    expect(refused('x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x')).toMatch(/nodes/);
    expect(refused('exp(exp(exp(exp(exp(exp(exp(exp(x))))))))')).toMatch(/deep/);
    expect(refused('x +')).toMatch(/ends too early/);
  });

  it('computes the forward values of the presets', () => {
    const [shopping, neuron, error] = PRESETS.map((p) => {
      const g = compiled(p.expression);
      return forwardValues(g, p.inputs)[g.output];
    });
    expect(shopping).toBeCloseTo(220, 12);
    expect(neuron).toBeCloseTo(1 / (1 + Math.exp(-(1.5 * 2 - 1))), 15);
    expect(error).toBeCloseTo((Math.tanh(0.5) - 1) ** 2, 15);
  });

  it('keeps input values across edits, ignoring inherited properties', () => {
    const g = compiled('apple * constructor');
    expect(carryInputs(g, { apple: 3, pear: 4 })).toEqual({ apple: 3, constructor: 1 });
  });
});

describe('layout', () => {
  it('puts inputs on the left, the output alone on the right, no two nodes together', () => {
    for (const p of [...PRESETS.map((q) => q.expression), 'x * x + exp(-x) * y']) {
      const g = compiled(p);
      const grid = gridLayout(g);
      const px = pixelLayout(grid, 900);
      for (const n of g.nodes) {
        if (n.op === 'input') expect(grid.column[n.id]).toBe(0);
        for (const o of n.operands) expect(px.x[o]).toBeLessThan(px.x[n.id] - NODE.width);
      }
      expect(px.x[g.output]).toBe(Math.max(...px.x));
      expect(grid.column.filter((c) => c === grid.columns - 1)).toHaveLength(1);
      const spots = g.nodes.map((n) => `${px.x[n.id]},${px.y[n.id]}`);
      expect(new Set(spots).size).toBe(g.nodes.length);
      expect(Math.max(...px.x) + NODE.width / 2).toBeLessThanOrEqual(px.width);
      expect(Math.max(...px.y) + NODE.height / 2).toBeLessThanOrEqual(px.height);
    }
  });

  it('orders the inputs by the ports they feed: apple, count, then tax', () => {
    const g = compiled(PRESETS[0].expression);
    const { row } = gridLayout(g);
    expect(row[0]).toBeLessThan(row[1]);
    expect(row[1]).toBeLessThan(row[3]);
  });

  it('routes long edges through a free slot of every column they cross', () => {
    for (const text of [...PRESETS.map((q) => q.expression), 'x * x + exp(-x) * y - 2']) {
      const g = compiled(text);
      const grid = gridLayout(g);
      for (const e of edgesOf(g)) {
        const points = grid.waypoints.get(e.id) ?? [];
        expect(points.map((p) => p.column)).toEqual(
          Array.from(
            { length: g.column[e.to] - g.column[e.from] - 1 },
            (_, i) => g.column[e.from] + 1 + i,
          ),
        );
        for (const p of points) {
          const others = [
            ...g.nodes.filter((n) => grid.column[n.id] === p.column).map((n) => grid.row[n.id]),
            ...[...grid.waypoints]
              .filter(([id]) => id !== e.id)
              .flatMap(([, ps]) => ps.filter((q) => q.column === p.column).map((q) => q.row)),
          ];
          for (const r of others) expect(Math.abs(r - p.row)).toBeGreaterThanOrEqual(1 - 1e-9);
        }
      }
    }
  });

  it('lines up the squared error: x level with tanh, y level with its waypoint', () => {
    const g = compiled(PRESETS[2].expression);
    const grid = gridLayout(g);
    expect(grid.row[0]).toBe(grid.row[1]);
    expect(grid.waypoints.get('2-3-1')).toEqual([{ column: 1, row: grid.row[2] }]);
  });

  it('widens the drawing rather than squeeze a deep graph', () => {
    const g = compiled('exp(exp(exp(exp(exp(exp(x))))))');
    expect(pixelLayout(gridLayout(g), 600).width).toBeGreaterThan(600);
  });
});
