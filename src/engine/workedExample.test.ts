import { describe, expect, it } from 'vitest';
import type { Network } from './network';
import { traceExample, applyGradient } from './trace';

/** teaching-notes §6: inputs 0.05, 0.10; targets 0.01, 0.99; E = Σ ½(target − out)². */
function classicNetwork(): Network {
  return {
    sizes: [2, 2, 2],
    hidden: 'sigmoid',
    output: 'sigmoid',
    cost: 'half-squared',
    weights: [Float64Array.of(0.15, 0.2, 0.25, 0.3), Float64Array.of(0.4, 0.45, 0.5, 0.55)],
    biases: [Float64Array.of(0.35, 0.35), Float64Array.of(0.6, 0.6)],
  };
}
const input = Float64Array.of(0.05, 0.1);
const target = Float64Array.of(0.01, 0.99);

/** Equal to the printed figure in every digit it prints. */
function matches(value: number, printed: string): void {
  const decimals = printed.split('.')[1].length;
  expect(value.toFixed(decimals)).toBe(printed);
}

describe('the classic 2-2-2 worked example', () => {
  it('reproduces the forward pass and the total error', () => {
    const t = traceExample(classicNetwork(), input, target);
    matches(t.a[1][0], '0.593269992');
    matches(t.a[1][1], '0.596884378');
    matches(t.a[2][0], '0.75136507');
    matches(t.a[2][1], '0.772928465');
    matches(t.cost, '0.298371109');
  });

  it('reproduces the updated weights after one step with learning rate 0.5', () => {
    const net = classicNetwork();
    const t = traceExample(net, input, target);
    applyGradient(net, t.dCdW, t.dCdb, 0.5);
    matches(net.weights[1][0], '0.35891648'); // w5
    matches(net.weights[1][1], '0.408666186'); // w6
    matches(net.weights[1][2], '0.511301270'); // w7
    matches(net.weights[1][3], '0.561370121'); // w8
    matches(net.weights[0][0], '0.149780716'); // w1
    matches(net.weights[0][1], '0.19956143'); // w2
    matches(net.weights[0][2], '0.24975114'); // w3
    matches(net.weights[0][3], '0.29950229'); // w4
  });
});
