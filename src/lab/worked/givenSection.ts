import { INPUT, LEARNING_RATE, TARGET, WEIGHTS } from './classicExample';
import type { WorkedContext } from './context';
import type { WorkedSection } from './quantity';
import { given, tex } from './quantity';

/** The example's numbers before any calculation: inputs, targets, weights, biases and η. */
export function givenSection(ctx: WorkedContext): WorkedSection {
  const { net } = ctx;
  return {
    id: 'given',
    title: 'Given',
    notes: [],
    quantities: [
      ...[0, 1].map((k) => given(`i${k + 1}`, tex.input(k), INPUT[k], 'The example’s input.')),
      ...[0, 1].map((j) =>
        given(`target-o${j + 1}`, tex.target(j), TARGET[j], 'What this output should be.'),
      ),
      ...WEIGHTS.map((p) =>
        given(
          `w${p.number}`,
          tex.w(p.number),
          net.weights[p.layer][p.j * 2 + p.k],
          'A starting weight of the example.',
        ),
      ),
      given('b1', tex.b(1), net.biases[0][0], 'The hidden layer’s bias, shared by h₁ and h₂.'),
      given('b2', tex.b(2), net.biases[1][0], 'The output layer’s bias, shared by o₁ and o₂.'),
      given('eta', tex.eta, LEARNING_RATE, 'The learning rate: how far one step moves.'),
    ],
  };
}
