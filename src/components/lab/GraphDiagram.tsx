import { curveBumpX, line } from 'd3';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BackwardStep } from '../../lab/graph/backward';
import { revealed } from '../../lab/graph/backward';
import type { Graph } from '../../lab/graph/graph';
import { edgesOf } from '../../lab/graph/graph';
import { nodeLabel, SHOWN_DIGITS } from '../../lab/graph/labels';
import { gridLayout, NODE, pixelLayout, portOffset } from '../../lab/graph/layout';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

interface GraphDiagramProps {
  graph: Graph;
  values: readonly number[];
  steps: readonly BackwardStep[];
  /** How many backward steps are done; the last of them is the current one. */
  done: number;
}

/** Horizontal at every point, so an edge leaves and enters its boxes level and bends between. */
const edgePath = line().curve(curveBumpX);
/** Room the gradient label needs left of the port it sits at. */
const LABEL_GAP = 10;
/** Each edge enters its port level for this long, so its label sits above a flat line. */
const LEVEL_RUN = 72;
const FALLBACK_WIDTH = 900;

const show = (x: number) => shownNumber(x, SHOWN_DIGITS);

/** Room for a node's gradient inside its box, and the width of a glyph at its 17 px. */
const GRAD_ROOM = NODE.width - 10;
const GLYPH = { latin: 10, wide: 17 } as const;

/** A gradient label too long for its box ("d apple = 2.2") is squeezed to fit, not cut. */
function fitted(text: string) {
  const width = Array.from(text).reduce(
    (sum, c) => sum + (c.codePointAt(0)! >= 0x2e80 ? GLYPH.wide : GLYPH.latin),
    0,
  );
  return width > GRAD_ROOM
    ? { textLength: GRAD_ROOM, lengthAdjust: 'spacingAndGlyphs' as const }
    : {};
}

/** The measured width of an element, kept current as the window resizes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The graph left to right: every node shows its operation and forward value, and once the
 * backward walk reaches it, its gradient; every edge shows the gradient it carries back.
 */
export function GraphDiagram({ graph, values, steps, done }: GraphDiagramProps) {
  const m = useMessages().lab.graph;
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const grid = useMemo(() => gridLayout(graph), [graph]);
  const px = useMemo(() => pixelLayout(grid, width), [grid, width]);
  const edges = useMemo(() => edgesOf(graph), [graph]);
  const { nodeGrad, edgeGrad } = useMemo(() => revealed(steps, done), [steps, done]);
  const current = done > 0 ? steps[done - 1] : null;
  const portY = (to: number, slot: number) =>
    px.y[to] + portOffset(slot, graph.nodes[to].operands.length) * px.rowSpacing;

  return (
    <div className="graph-diagram" ref={wrap}>
      <svg
        width={px.width}
        height={px.height}
        role="img"
        aria-label={m.diagram}
        data-testid="graph-diagram"
      >
        {edges.map((e) => {
          const source: [number, number] = [px.x[e.from] + NODE.width / 2, px.y[e.from]];
          const target: [number, number] = [px.x[e.to] - NODE.width / 2, portY(e.to, e.slot)];
          const bends = [source, ...(px.waypoints.get(e.id) ?? [])];
          const run = Math.min(LEVEL_RUN, (target[0] - bends[bends.length - 1][0]) / 2);
          const points = [...bends, [target[0] - run, target[1]] as [number, number], target];
          const grad = edgeGrad.get(e.id);
          const sentNow = current?.node === e.to;
          const state = grad === undefined ? 'waiting' : sentNow ? 'current' : 'known';
          return (
            <g key={e.id} className={`graph-edge ${state}`}>
              <path d={edgePath(points) ?? ''} />
              {grad !== undefined && (
                <text
                  className="graph-edge-grad"
                  x={target[0] - LABEL_GAP}
                  y={target[1] - LABEL_GAP}
                  textAnchor="end"
                  data-testid={`graph-edge-grad-${e.id}`}
                  data-value={grad}
                >
                  {show(grad)}
                </text>
              )}
            </g>
          );
        })}
        {graph.nodes.map((n) => {
          const grad = nodeGrad.get(n.id);
          const gradLabel =
            grad === undefined
              ? null
              : n.op === 'input'
                ? m.inputGradLabel(n.name as string, show(grad))
                : m.grad(show(grad));
          const x = px.x[n.id];
          const y = px.y[n.id];
          const classes = [
            'graph-node',
            n.op,
            n.id === graph.output ? 'output' : '',
            current?.node === n.id ? 'current' : '',
          ];
          return (
            <g
              key={n.id}
              className={classes.filter(Boolean).join(' ')}
              transform={`translate(${x},${y})`}
              data-testid={`graph-node-${n.id}`}
              data-value={values[n.id]}
              data-name={n.name}
            >
              {n.id === graph.output && (
                <text className="graph-node-tag" y={-NODE.height / 2 - 10}>
                  {m.outputTag}
                </text>
              )}
              <rect
                x={-NODE.width / 2}
                y={-NODE.height / 2}
                width={NODE.width}
                height={NODE.height}
                rx={10}
              />
              <text className="graph-node-op" y={-22}>
                {n.op === 'const' ? m.constant : nodeLabel(n, m)}
              </text>
              <text className="graph-node-value" y={6}>
                {show(values[n.id])}
              </text>
              {gradLabel !== null && (
                <text
                  className="graph-node-grad"
                  y={32}
                  data-testid={`graph-node-grad-${n.id}`}
                  data-value={grad}
                  {...fitted(gradLabel)}
                >
                  {gradLabel}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
