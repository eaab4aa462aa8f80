import { readMnist } from '../scripts/mnist-idx';
import type { DigitSet } from '../src/engine/dataset';
import { sliceDigits } from '../src/engine/dataset';
import { POOL_SIZE } from './config';

/** The real MNIST training digits every engine trains on: the first POOL_SIZE of the set. */
export function loadPool(): DigitSet {
  return sliceDigits(readMnist('train'), 0, POOL_SIZE);
}
