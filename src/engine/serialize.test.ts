import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork } from './network';
import { ModelFormatError, parseNetwork, serializeNetwork } from './serialize';

describe('model files', () => {
  const net = createNetwork(
    { ...MNIST_SPEC, hidden: 'relu', output: 'softmax', cost: 'cross-entropy' },
    9,
  );

  it('round-trip bit-exactly with their metadata', () => {
    const { net: back, meta } = parseNetwork(serializeNetwork(net, { name: 'x', accuracy: 0.5 }));
    expect(meta).toEqual({ name: 'x', accuracy: 0.5 });
    expect(back.sizes).toEqual(net.sizes);
    expect([back.hidden, back.output, back.cost]).toEqual(['relu', 'softmax', 'cross-entropy']);
    for (let l = 0; l < net.weights.length; l++) {
      expect(Buffer.from(back.weights[l].buffer).equals(Buffer.from(net.weights[l].buffer))).toBe(
        true,
      );
      expect(Buffer.from(back.biases[l].buffer).equals(Buffer.from(net.biases[l].buffer))).toBe(
        true,
      );
    }
  });

  const valid = () => JSON.parse(serializeNetwork(net)) as Record<string, unknown>;
  const broken: [string, () => string, RegExp][] = [
    ['not JSON', () => '{"format": ', /not valid JSON/],
    ['an array', () => '[]', /not a model/],
    ['another format', () => JSON.stringify({ ...valid(), format: 'keras' }), /format/],
    [
      'a missing field',
      () => JSON.stringify({ ...valid(), cost: undefined }),
      /"cost" must be one of/,
    ],
    ['an unknown activation', () => JSON.stringify({ ...valid(), hidden: 'swish' }), /"hidden"/],
    [
      'too few layers of weights',
      () => JSON.stringify({ ...valid(), weights: [[1]] }),
      /"weights" must hold 3/,
    ],
    [
      'a weight row of the wrong length',
      () => {
        const v = valid();
        (v.weights as number[][])[1].pop();
        return JSON.stringify(v);
      },
      /"weights\[1\]" must hold 256 numbers; found 255/,
    ],
    [
      'NaN',
      () => serializeNetwork(net).replace(/"biases":\[\[[^,]*/, '"biases":[[NaN'),
      /not valid JSON/,
    ],
    [
      'null where a number belongs (JSON of NaN)',
      () => {
        const v = valid();
        (v.biases as (number | null)[][])[2][3] = null;
        return JSON.stringify(v);
      },
      /"biases\[2\]\[3\]" must be a finite number/,
    ],
    [
      'a layer size of zero',
      () => JSON.stringify({ ...valid(), sizes: [784, 0, 16, 10] }),
      /sizes\[1\]/,
    ],
    // Networks the page cannot show or that do not read MNIST digits into ten answers.
    [
      'a 5-3 network',
      () => JSON.stringify({ ...valid(), sizes: [5, 3] }),
      /"sizes\[0\]" must be 784/,
    ],
    [
      'two outputs',
      () => JSON.stringify({ ...valid(), sizes: [784, 16, 16, 2] }),
      /"sizes\[3\]" must be 10 \(one output per digit\); found 2/,
    ],
    [
      'eleven outputs',
      () => JSON.stringify({ ...valid(), sizes: [784, 16, 16, 11] }),
      /"sizes\[3\]" must be 10/,
    ],
    [
      'six hidden layers',
      () => JSON.stringify({ ...valid(), sizes: [784, 1, 1, 1, 1, 1, 1, 10] }),
      /"sizes" must list 784 inputs, 0 to 3 hidden layers and 10 outputs/,
    ],
    [
      'a hidden layer wider than the page shows',
      () => JSON.stringify({ ...valid(), sizes: [784, 129, 16, 10] }),
      /"sizes\[1\]" must be a whole number from 1 to 128; found 129/,
    ],
    [
      'a seed of 1e999 (Infinity)',
      () =>
        serializeNetwork(net, { randomSeed: 1 }).replace('"randomSeed":1', '"randomSeed":1e999'),
      /every number in "meta" must be finite; "randomSeed" is not/,
    ],
    [
      'an infinite accuracy',
      () => serializeNetwork(net, { accuracy: 1 }).replace('"accuracy":1', '"accuracy":-1e999'),
      /"accuracy" is not/,
    ],
    ...[-1, 1.5, 2 ** 31].map((seed): [string, () => string, RegExp] => [
      `a seed of ${seed}`,
      () => serializeNetwork(net, { randomSeed: seed }),
      /"meta.randomSeed" must be a whole number from 0 to 2147483647/,
    ]),
  ];
  for (const [what, make, message] of broken) {
    it(`refuses ${what} with a clear message`, () => {
      expect(() => parseNetwork(make())).toThrow(ModelFormatError);
      expect(() => parseNetwork(make())).toThrow(message);
    });
  }

  it.each([[[784, 10]], [[784, 128, 128, 128, 10]], [[784, 1, 10]]])(
    'load every network the page can build: %j',
    (sizes) => {
      const built = createNetwork({ ...MNIST_SPEC, sizes }, 2);
      expect(parseNetwork(serializeNetwork(built, { randomSeed: 2 })).net.sizes).toEqual(sizes);
    },
  );
});
