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
  ];
  for (const [what, make, message] of broken) {
    it(`refuses ${what} with a clear message`, () => {
      expect(() => parseNetwork(make())).toThrow(ModelFormatError);
      expect(() => parseNetwork(make())).toThrow(message);
    });
  }
});
