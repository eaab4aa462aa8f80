import type { KeyboardEvent } from 'react';
import { WEIGHTS } from '../../lab/worked/classicExample';
import type { HandCalculation } from '../../lab/worked/handCalculation';
import { diagramFocus } from '../../lab/worked/diagramFocus';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

const WIDTH = 548;
const HEIGHT = 332;
/** Big enough to hold the neuron's name and its value. */
const RADIUS = 38;
const BIAS_RADIUS = 20;
const LABEL_WIDTH = 86;
const LABEL_HEIGHT = 28;
/**
 * How far along its edge a weight's label sits: halfway on a straight edge, nearer the sender
 * on the two that cross, so that the four labels of a layer never touch.
 */
const STRAIGHT_LABEL_AT = 0.5;
const CROSSING_LABEL_AT = 0.32;
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

const COLUMN_X = [50, 240, 430];
const ROW_Y = [50, 220];
const BIAS_NODES = [
  { number: 1, x: 170, y: 302, layer: 1 },
  { number: 2, x: 360, y: 302, layer: 2 },
];
const LAYER_LETTER = ['i', 'h', 'o'];

interface DiagramProps {
  calc: HandCalculation;
  openId: string | null;
  onPick(id: string): void;
}

/** Keyboard and pointer activation for an SVG group that acts as a button. */
function pickable(id: string, label: string, onPick: (id: string) => void) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    'data-testid': `worked-diagram-${id}`,
    onClick: () => onPick(id),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPick(id);
      }
    },
  };
}

/**
 * The classic 2-2-2 diagram: inputs, hidden and output neurons with this example's values,
 * w1..w8 on their edges, the bias nodes b1 and b2 and the targets. Whatever the open
 * derivation is about is lit up; clicking an element opens its own derivation.
 */
export function WorkedDiagram({ calc, openId, onPick }: DiagramProps) {
  const m = useMessages().lab.worked;
  const focus = openId ? diagramFocus(openId) : { neurons: [], weights: [], biases: [] };
  const { net, trace } = calc.context;
  const at = (layer: number, j: number) => ({ x: COLUMN_X[layer], y: ROW_Y[j] });
  return (
    <svg
      className="worked-diagram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={m.diagram}
      data-testid="worked-diagram"
    >
      {BIAS_NODES.flatMap((b) =>
        [0, 1].map((j) => {
          const to = at(b.layer, j);
          return (
            <line
              key={`b${b.number}-${j}`}
              className={focus.biases.includes(b.number) ? 'bias-edge lit' : 'bias-edge'}
              x1={b.x}
              y1={b.y}
              x2={to.x}
              y2={to.y}
            />
          );
        }),
      )}
      {WEIGHTS.map((w) => {
        const from = at(w.layer, w.k);
        const to = at(w.layer + 1, w.j);
        const lit = focus.weights.includes(w.number);
        return <line key={w.number} className={lit ? 'edge lit' : 'edge'} {...line(from, to)} />;
      })}
      {WEIGHTS.map((w) => {
        const from = at(w.layer, w.k);
        const to = at(w.layer + 1, w.j);
        const t = w.j === w.k ? STRAIGHT_LABEL_AT : CROSSING_LABEL_AT;
        const x = from.x + t * (to.x - from.x);
        const y = from.y + t * (to.y - from.y);
        const value = net.weights[w.layer][w.j * 2 + w.k];
        const lit = focus.weights.includes(w.number);
        return (
          <g
            key={w.number}
            className={lit ? 'weight-label lit' : 'weight-label'}
            {...pickable(`w${w.number}`, m.weight(w.number, value), onPick)}
          >
            <rect
              x={x - LABEL_WIDTH / 2}
              y={y - LABEL_HEIGHT / 2}
              width={LABEL_WIDTH}
              height={LABEL_HEIGHT}
              rx={6}
            />
            <text x={x} y={y + 7} textAnchor="middle">
              <tspan className="weight-name">w{SUBSCRIPT[w.number]}</tspan> {value}
            </text>
          </g>
        );
      })}
      {BIAS_NODES.map((b) => (
        <g
          key={b.number}
          className={focus.biases.includes(b.number) ? 'bias-node lit' : 'bias-node'}
          {...pickable(`b${b.number}`, m.bias(b.number), onPick)}
        >
          <circle cx={b.x} cy={b.y} r={BIAS_RADIUS} />
          <text x={b.x} y={b.y + 6} textAnchor="middle">
            b{SUBSCRIPT[b.number]}
          </text>
          <text className="node-value" x={b.x - BIAS_RADIUS - 8} y={b.y + 6} textAnchor="end">
            {net.biases[b.layer - 1][0]}
          </text>
        </g>
      ))}
      {[0, 1, 2].flatMap((layer) =>
        [0, 1].map((j) => {
          const { x, y } = at(layer, j);
          const name = `${LAYER_LETTER[layer]}${j + 1}`;
          const id = layer === 0 ? name : `out-${name}`;
          return (
            <g
              key={name}
              className={focus.neurons.includes(name) ? 'neuron lit' : 'neuron'}
              {...pickable(id, m.neuron(name), onPick)}
            >
              <circle cx={x} cy={y} r={RADIUS} />
              <text x={x} y={y - 4} textAnchor="middle" className="neuron-name">
                {LAYER_LETTER[layer]}
                {SUBSCRIPT[j + 1]}
              </text>
              <text className="node-value" x={x} y={y + 20} textAnchor="middle">
                {shownNumber(trace.a[layer][j], 4)}
              </text>
              {layer === 2 && (
                <text className="target" x={x + RADIUS + 10} y={y + 6}>
                  → {trace.target[j]}
                </text>
              )}
            </g>
          );
        }),
      )}
    </svg>
  );
}

/** An edge trimmed to the circles' rims, so it never runs under a neuron's name. */
function line(from: { x: number; y: number }, to: { x: number; y: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const trim = RADIUS / Math.hypot(dx, dy);
  return {
    x1: from.x + dx * trim,
    y1: from.y + dy * trim,
    x2: to.x - dx * trim,
    y2: to.y - dy * trim,
  };
}
