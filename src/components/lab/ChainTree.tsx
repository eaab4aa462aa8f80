import type { ChainParams, ChainTrace } from '../../lab/chain/chainModel';
import type { Quantity } from '../../lab/chain/quantities';
import { quantityDomain, quantityId, quantityValue } from '../../lab/chain/quantities';
import { TREE_EDGES, TREE_NODES, TREE_ROWS } from '../../lab/chain/tree';
import { useMessages } from '../../i18n/useMessages';
import { ChainMeasured } from './ChainMeasured';
import { ChainNumberLine } from './ChainNumberLine';

const ROW_HEIGHT = 84;
/** Each row: the label, then its number line this far below the row's top. */
const LINE_DROP = 44;
const LABEL_ABOVE = 14;
const SIDE = 18;
/** Arrows leave above a node's label and arrive just under its line's marker. */
const ARROW_LEAVE = LABEL_ABOVE + 22;
const ARROW_ARRIVE = 15;
/** Arrows into one node arrive side by side, ordered as their tails are. */
const ARRIVE_SPREAD = 26;

interface ChainTreeProps {
  params: ChainParams;
  trace: ChainTrace;
  anchor: { params: ChainParams; trace: ChainTrace } | null;
  studied: Quantity;
  onGrab(q: Quantity): void;
  onDrag(q: Quantity, value: number): void;
  onNudge(q: Quantity, by: number): void;
}

/** Edges on the way from the studied quantity up to C₀: the path the chain rule walks. */
function pathEdges(studied: Quantity): Set<number> {
  const path = new Set<number>();
  let node = TREE_NODES.findIndex((n) => quantityId(n.quantity) === quantityId(studied));
  for (;;) {
    const edge = TREE_EDGES.findIndex(([from]) => from === node);
    if (edge < 0) return path;
    path.add(edge);
    node = TREE_EDGES[edge][1];
  }
}

/** The dependency tree of the last two layers, every quantity on its own number line. */
export function ChainTree(props: ChainTreeProps) {
  const { params, trace, anchor, studied } = props;
  const onPath = pathEdges(studied);
  const m = useMessages().lab.chain;
  return (
    <ChainMeasured className="chain-tree">
      {(width) => {
        const column = width / 3;
        const geometry = TREE_NODES.map((n) => {
          const x0 = n.column * column + SIDE;
          const x1 = (n.column + 1) * column - SIDE;
          return { x0, x1, mid: (x0 + x1) / 2, y: n.row * ROW_HEIGHT + LINE_DROP };
        });
        return (
          <svg
            width={width}
            height={TREE_ROWS * ROW_HEIGHT}
            role="group"
            aria-label={m.treeLabel}
            data-testid="chain-tree"
          >
            <defs>
              <marker
                id="chain-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className="chain-arrow-head" />
              </marker>
              <marker
                id="chain-arrow-path"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className="chain-arrow-head on-path" />
              </marker>
            </defs>
            {TREE_EDGES.map(([from, to], i) => (
              <line
                key={i}
                className={`chain-edge${onPath.has(i) ? ' on-path' : ''}`}
                x1={geometry[from].mid}
                y1={geometry[from].y - ARROW_LEAVE}
                x2={
                  geometry[to].mid +
                  (TREE_NODES[from].column - TREE_NODES[to].column) * ARRIVE_SPREAD
                }
                y2={geometry[to].y + ARROW_ARRIVE}
                markerEnd={`url(#${onPath.has(i) ? 'chain-arrow-path' : 'chain-arrow'})`}
              />
            ))}
            {TREE_NODES.map((n, i) => {
              const q = n.quantity;
              const g = geometry[i];
              return (
                <ChainNumberLine
                  key={quantityId(q)}
                  quantity={q}
                  value={quantityValue(q, params, trace)}
                  ghost={anchor ? quantityValue(q, anchor.params, anchor.trace) : null}
                  scale={{ domain: quantityDomain(q), x0: g.x0, x1: g.x1 }}
                  y={g.y}
                  labelAbove={LABEL_ABOVE}
                  studied={quantityId(q) === quantityId(studied)}
                  onGrab={() => props.onGrab(q)}
                  onDrag={(v) => props.onDrag(q, v)}
                  onNudge={(by) => props.onNudge(q, by)}
                />
              );
            })}
          </svg>
        );
      }}
    </ChainMeasured>
  );
}
