import type { Network } from '../src/engine/network';

/** Rounds every weight and bias in place, so a saved model is about half the characters. */
export function roundNetwork(net: Network, significantDigits: number): void {
  for (const values of [...net.weights, ...net.biases]) {
    for (let i = 0; i < values.length; i++) {
      values[i] = Number(values[i].toPrecision(significantDigits));
    }
  }
}
