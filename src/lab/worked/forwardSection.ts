import { exampleCost } from '../../engine/costs';
import { weightNumber } from './classicExample';
import type { WorkedContext } from './context';
import type { WorkedQuantity, WorkedSection } from './quantity';
import { activationId, factor, neuronId, num, product, tex } from './quantity';

/** net = w·in + w·in + b·1, then out = σ(net), for neuron j of layer 1 (hidden) or 2 (output). */
function neuronForward(ctx: WorkedContext, layer: number, j: number): WorkedQuantity[] {
  const { net, trace } = ctx;
  const id = neuronId(layer, j);
  const terms = [0, 1].map((k) => {
    const n = weightNumber(layer - 1, j, k);
    return {
      n,
      w: net.weights[layer - 1][j * 2 + k],
      input: trace.a[layer - 1][k],
      inputId: activationId(layer - 1, k),
      inputTex: tex.out(layer - 1, k),
    };
  });
  const bias = net.biases[layer - 1][j];
  const z = trace.z[layer][j];
  return [
    {
      id: `net-${id}`,
      symbol: tex.net(layer, j),
      steps: [
        [...terms.map((t) => product(tex.w(t.n), t.inputTex)), product(tex.b(layer), '1')].join(
          ' + ',
        ),
        [...terms.map((t) => product(num(t.w), factor(t.input))), product(num(bias), '1')].join(
          ' + ',
        ),
      ],
      value: z,
      sources: terms.flatMap((t) => [`w${t.n}`, t.inputId]).concat(`b${layer}`),
      why: 'net',
    },
    {
      id: `out-${id}`,
      symbol: tex.out(layer, j),
      steps: [
        `\\sigma(${tex.net(layer, j)}) = \\frac{1}{1 + e^{-${tex.net(layer, j)}}}`,
        `\\frac{1}{1 + e^{-${factor(z)}}}`,
      ],
      value: trace.a[layer][j],
      sources: [`net-${id}`],
      why: 'out',
    },
  ];
}

export function forwardSection(ctx: WorkedContext): WorkedSection {
  return {
    id: 'forward',
    title: 'forward',
    notes: ['forwardOrder'],
    quantities: [1, 2].flatMap((layer) => [0, 1].flatMap((j) => neuronForward(ctx, layer, j))),
  };
}

/** E_o = ½(target − out)² for each output, then their sum. */
export function errorSection(ctx: WorkedContext): WorkedSection {
  const { trace } = ctx;
  const perOutput: WorkedQuantity[] = [0, 1].map((j) => ({
    id: `e-o${j + 1}`,
    symbol: tex.errorOf(j),
    steps: [
      `\\tfrac{1}{2}(${tex.target(j)} - ${tex.out(2, j)})^2`,
      `\\tfrac{1}{2}(${num(trace.target[j])} - ${num(trace.a[2][j])})^2`,
    ],
    value: exampleCost(
      'half-squared',
      'sigmoid',
      trace.z[2],
      trace.a[2],
      trace.target.subarray(j, j + 1),
      j,
      1,
    ),
    sources: [`target-o${j + 1}`, `out-o${j + 1}`],
    why: 'outputError',
  }));
  const total: WorkedQuantity = {
    id: 'e-total',
    symbol: tex.total,
    steps: [
      `${tex.errorOf(0)} + ${tex.errorOf(1)}`,
      `${num(perOutput[0].value)} + ${num(perOutput[1].value)}`,
    ],
    value: trace.cost,
    sources: ['e-o1', 'e-o2'],
    why: 'totalError',
  };
  return {
    id: 'error',
    title: 'error',
    notes: [],
    quantities: [...perOutput, total],
  };
}
