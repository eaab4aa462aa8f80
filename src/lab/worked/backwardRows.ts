import { slope } from '../../engine/activations';
import { LEARNING_RATE, weightNumber, weightPlace } from './classicExample';
import type { WorkedContext } from './context';
import type { WorkedQuantity } from './quantity';
import { activationId, factor, neuronId, num, product, tex } from './quantity';

/** One incoming edge of neuron j in engine layer `layer`: from neuron k of the layer before. */
interface Edge {
  n: number;
  input: number;
  inputId: string;
  inputTex: string;
  gradient: number;
}

/**
 * The rows every neuron of the backward pass shares once its ∂E/∂out row exists: the sigmoid's
 * slope, δ = ∂E/∂net, and for each incoming weight ∂E/∂w and the updated weight. The first
 * neuron of a layer spells its first weight's gradient out as the full chain, as the classic
 * write-up does for w5 and w1; the others use the shorthand δ · input.
 */
export function neuronBackward(ctx: WorkedContext, layer: number, j: number): WorkedQuantity[] {
  const { trace } = ctx;
  const id = neuronId(layer, j);
  const out = tex.out(layer, j);
  const net = tex.net(layer, j);
  const dEdout = tex.partial(tex.total, out);
  const doutdnet = tex.partial(out, net);
  const a = trace.a[layer][j];
  const edges: Edge[] = [0, 1].map((k) => ({
    n: weightNumber(layer - 1, j, k),
    input: trace.a[layer - 1][k],
    inputId: activationId(layer - 1, k),
    inputTex: tex.out(layer - 1, k),
    gradient: trace.dCdW[layer - 1][j * 2 + k],
  }));
  const gradSymbol = (e: Edge) => tex.partial(tex.total, tex.w(e.n));

  const slopeRow: WorkedQuantity = {
    id: `dout-dnet-${id}`,
    symbol: doutdnet,
    steps: [`${out}(1 - ${out})`, `${num(a)}(1 - ${num(a)})`],
    value: slope('sigmoid', trace.z[layer][j], a),
    sources: [`out-${id}`],
    why: 'sigmoidSlope',
  };
  const deltaRow: WorkedQuantity = {
    id: `delta-${id}`,
    symbol: tex.delta(layer, j),
    steps: [
      `${tex.partial(tex.total, net)} = ${product(dEdout, doutdnet)}`,
      product(factor(trace.dCda[layer][j]), num(slopeRow.value)),
    ],
    value: trace.dCdz[layer][j],
    sources: [`dE-dout-${id}`, slopeRow.id],
    why: 'delta',
  };
  const chainRows = (e: Edge): WorkedQuantity[] => {
    const dnetdw: WorkedQuantity = {
      id: `dnet-dw${e.n}`,
      symbol: tex.partial(net, tex.w(e.n)),
      steps: [e.inputTex],
      value: e.input,
      sources: [e.inputId],
      why: 'netByWeight',
    };
    return [
      dnetdw,
      {
        id: `grad-w${e.n}`,
        symbol: gradSymbol(e),
        steps: [
          product(dEdout, doutdnet, dnetdw.symbol),
          product(factor(trace.dCda[layer][j]), num(slopeRow.value), num(e.input)),
        ],
        value: e.gradient,
        sources: [`dE-dout-${id}`, slopeRow.id, dnetdw.id],
        why: 'chain',
      },
    ];
  };
  const shorthandRow = (e: Edge): WorkedQuantity => ({
    id: `grad-w${e.n}`,
    symbol: gradSymbol(e),
    steps: [
      product(tex.delta(layer, j), e.inputTex),
      product(factor(deltaRow.value), num(e.input)),
    ],
    value: e.gradient,
    sources: [deltaRow.id, e.inputId],
    why: 'shorthand',
  });

  const rows: WorkedQuantity[] = [slopeRow];
  const [first, ...rest] = edges;
  if (j === 0) rows.push(...chainRows(first), newWeight(ctx, first));
  rows.push(deltaRow);
  for (const e of j === 0 ? rest : edges) rows.push(shorthandRow(e), newWeight(ctx, e));
  return rows;
}

/** w⁺ = w − η ∂E/∂w, read from the engine's network after applyGradient. */
function newWeight(ctx: WorkedContext, e: Edge): WorkedQuantity {
  const { layer, j, k } = weightPlace(e.n);
  const at = j * 2 + k;
  return {
    id: `new-w${e.n}`,
    symbol: tex.newW(e.n),
    steps: [
      `${tex.w(e.n)} - ${product(tex.eta, tex.partial(tex.total, tex.w(e.n)))}`,
      `${num(ctx.net.weights[layer][at])} - ${product(num(LEARNING_RATE), factor(e.gradient))}`,
    ],
    value: ctx.updated.weights[layer][at],
    sources: [`w${e.n}`, 'eta', `grad-w${e.n}`],
    why: 'newWeight',
  };
}
