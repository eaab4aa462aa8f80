import { INPUT, LEARNING_RATE, TARGET, WEIGHTS } from './classicExample';
import type { WorkedContext } from './context';
import type { WorkedSection } from './quantity';
import { given, tex } from './quantity';

/** The example's numbers before any calculation: inputs, targets, weights, biases and η. */
export function givenSection(ctx: WorkedContext): WorkedSection {
  const { net } = ctx;
  return {
    id: 'given',
    title: 'given',
    notes: [],
    quantities: [
      ...[0, 1].map((k) => given(`i${k + 1}`, tex.input(k), INPUT[k], 'input')),
      ...[0, 1].map((j) => given(`target-o${j + 1}`, tex.target(j), TARGET[j], 'target')),
      ...WEIGHTS.map((p) =>
        given(`w${p.number}`, tex.w(p.number), net.weights[p.layer][p.j * 2 + p.k], 'startWeight'),
      ),
      given('b1', tex.b(1), net.biases[0][0], 'hiddenBias'),
      given('b2', tex.b(2), net.biases[1][0], 'outputBias'),
      given('eta', tex.eta, LEARNING_RATE, 'eta'),
    ],
  };
}
