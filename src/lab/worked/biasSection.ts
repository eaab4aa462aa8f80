import { LEARNING_RATE } from './classicExample';
import type { WorkedContext } from './context';
import type { WorkedQuantity, WorkedSection } from './quantity';
import { factor, neuronId, num, product, tex } from './quantity';

const NEURONS = [
  [1, 0],
  [1, 1],
  [2, 0],
  [2, 1],
] as const;

/** ∂E/∂b = δ · 1 and b⁺ = b − η δ for one neuron's own bias. */
function biasRows(ctx: WorkedContext, layer: number, j: number): WorkedQuantity[] {
  const id = neuronId(layer, j);
  const gradient = ctx.trace.dCdb[layer - 1][j];
  const gradSymbol = tex.partial(tex.total, tex.neuronB(layer, j));
  return [
    {
      id: `grad-b-${id}`,
      symbol: gradSymbol,
      steps: [product(tex.delta(layer, j), '1'), product(factor(ctx.trace.dCdz[layer][j]), '1')],
      value: gradient,
      sources: [`delta-${id}`],
      why: 'biasGradient',
    },
    {
      id: `new-b-${id}`,
      symbol: tex.newNeuronB(layer, j),
      steps: [
        `${tex.b(layer)} - ${product(tex.eta, gradSymbol)}`,
        `${num(ctx.net.biases[layer - 1][j])} - ${product(num(LEARNING_RATE), factor(gradient))}`,
      ],
      value: ctx.updated.biases[layer - 1][j],
      sources: [`b${layer}`, 'eta', `grad-b-${id}`],
      why: 'newBias',
    },
  ];
}

export function biasSection(ctx: WorkedContext): WorkedSection {
  if (ctx.mode === 'fixed') {
    return {
      id: 'biases',
      title: 'biasesFixed',
      notes: ['biasesFixed'],
      quantities: [],
    };
  }
  return {
    id: 'biases',
    title: 'biasesUpdated',
    notes: ['biasesSplit'],
    quantities: NEURONS.flatMap(([layer, j]) => biasRows(ctx, layer, j)),
  };
}
