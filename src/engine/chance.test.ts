import { expect, it } from 'vitest';
import { chanceCost } from './chance';
import { MNIST_SPEC } from './network';

it('knows the cost of guessing 1/10 for every digit', () => {
  expect(chanceCost(MNIST_SPEC)).toBeCloseTo(0.81 + 9 * 0.01, 12);
  expect(chanceCost({ ...MNIST_SPEC, cost: 'half-squared' })).toBeCloseTo(0.45, 12);
  expect(chanceCost({ ...MNIST_SPEC, output: 'softmax', cost: 'cross-entropy' })).toBeCloseTo(
    Math.log(10),
    12,
  );
  const binary = -Math.log(0.1) - 9 * Math.log(0.9);
  expect(chanceCost({ ...MNIST_SPEC, cost: 'cross-entropy' })).toBeCloseTo(binary, 12);
});
