import type { DigitSet } from '../src/engine/dataset';
import type { Network } from '../src/engine/network';
import { createSgd } from '../src/engine/sgd';

/** Fraction of the set the network classifies correctly. */
export function modelAccuracy(net: Network, set: DigitSet): number {
  return createSgd(net, 100).evaluate(set).correct / set.count;
}
