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
      why: 'The bias is a weight on a constant input of 1, so its gradient is the neuron’s δ.',
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
      why: 'The same gradient-descent step as for the weights.',
    },
  ];
}

export function biasSection(ctx: WorkedContext): WorkedSection {
  if (ctx.mode === 'fixed') {
    return {
      id: 'biases',
      title: 'Biases',
      notes: [
        'The classic write-up does not update the biases: b₁ stays 0.35 and b₂ stays 0.60 after every step. Choose “update biases too” to let the engine step them as it does for MNIST.',
      ],
      quantities: [],
    };
  }
  return {
    id: 'biases',
    title: 'Biases (updated too)',
    notes: [
      'The engine gives every neuron its own bias, so once they move, b₁ splits into b(h₁), b(h₂) and b₂ into b(o₁), b(o₂).',
    ],
    quantities: NEURONS.flatMap(([layer, j]) => biasRows(ctx, layer, j)),
  };
}
