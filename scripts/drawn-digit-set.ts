import { readFileSync } from 'node:fs';
import type { DrawnDigit } from '../e2e/fixtures/drawnDigitHands';
import { RECORDED_PAD } from '../e2e/fixtures/drawnDigitHands';
import { MNIST_SIZE, preprocessDrawing } from '../src/data/preprocess/mnistify';
import type { DigitSet } from '../src/engine/dataset';

/** The recorded pointer paths of the drawn-digit set. */
export const DRAWN_DIGITS_FILE = 'e2e/fixtures/drawn-digits.json';

/** The drawn-digit set as 28×28 digits, made by the pad's own preprocessing, and their hands. */
export function drawnDigitsAsSet(): DigitSet & { hands: string[] } {
  const drawn = JSON.parse(readFileSync(DRAWN_DIGITS_FILE, 'utf8')) as DrawnDigit[];
  const pixels = MNIST_SIZE * MNIST_SIZE;
  const images = new Uint8Array(drawn.length * pixels);
  drawn.forEach((digit, i) => {
    const strokes = digit.strokes.map((stroke) => stroke.map(([x, y]) => ({ x, y })));
    const result = preprocessDrawing({ strokes, width: RECORDED_PAD, height: RECORDED_PAD });
    if (!result) throw new Error(`drawn digit ${i} has no ink`);
    images.set(result.image, i * pixels);
  });
  return {
    count: drawn.length,
    pixels,
    images,
    labels: Uint8Array.from(drawn, (d) => d.label),
    hands: drawn.map((d) => d.hand),
  };
}
