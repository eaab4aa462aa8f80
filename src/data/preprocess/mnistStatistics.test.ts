import { describe, expect, it } from 'vitest';
import { readMnist } from '../../../scripts/mnist-idx';
import { preprocessDrawing } from './mnistify';
import type { Shape } from './syntheticDigits';
import { ONE, ZERO, drawShape } from './syntheticDigits';

/** The two ink statistics compared: mean grey level over the frame, and pixels above 128. */
function inkStatistics(image: Uint8Array): [mean: number, dark: number] {
  let sum = 0;
  let dark = 0;
  for (const v of image) {
    sum += v;
    if (v > 128) dark++;
  }
  return [sum / image.length, dark];
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.round(q * (sorted.length - 1))];

const mnist = readMnist('test');

/** Each statistic's 25th, 50th and 75th percentile over MNIST's test digits of one class. */
function classQuartiles(label: number): [number, number, number][] {
  const columns: number[][] = [[], []];
  for (let k = 0; k < mnist.count; k++) {
    if (mnist.labels[k] !== label) continue;
    const stats = inkStatistics(mnist.images.subarray(k * 784, (k + 1) * 784));
    stats.forEach((v, i) => columns[i].push(v));
  }
  return columns.map((column) => {
    column.sort((a, b) => a - b);
    return [quantile(column, 0.25), quantile(column, 0.5), quantile(column, 0.75)];
  });
}

describe('ink of re-drawn digits against MNIST', () => {
  // Band: inside the middle half of MNIST's class and within 10% of its median. Measured with
  // the 2.6 px pen: zero 43.6 / 130 px vs median 42.5 / 131; one 17.4 / 53 vs 18.8 / 58.
  it.each([
    [0, ZERO],
    [1, ONE],
  ] as [number, Shape][])(
    'a synthetic %i inks like MNIST test digits of its class',
    (label, shape) => {
      const result = preprocessDrawing(
        drawShape(shape, { x: 30, y: 30, size: 200 }, { width: 280, height: 280 }),
      );
      if (!result) throw new Error('expected a result');
      const ours = inkStatistics(result.image);
      classQuartiles(label).forEach(([lower, median, upper], i) => {
        expect(ours[i]).toBeGreaterThanOrEqual(lower);
        expect(ours[i]).toBeLessThanOrEqual(upper);
        expect(Math.abs(ours[i] / median - 1)).toBeLessThan(0.1);
      });
    },
  );
});
