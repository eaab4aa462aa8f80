import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDigits } from '../data/packedDigits';
import { DIGIT_PIXELS, MAX_PACKED_CHARS, packDigit, unpackDigit } from './digitPixels';

const testSet = decodeDigits(
  new Uint8Array(gunzipSync(readFileSync('public/data/mnist-test.bin.gz'))),
);
const mnistImage = (i: number) =>
  testSet.images.slice(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS) as Uint8Array;

describe('packDigit / unpackDigit', () => {
  it('round-trips real MNIST digits exactly, in a few hundred characters', () => {
    for (const i of [0, 1, 7, 1234, 9999]) {
      const image = mnistImage(i);
      const text = packDigit(image);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(text.length).toBeLessThan(500);
      expect(unpackDigit(text)).toEqual(image);
    }
  });

  it('round-trips the extremes: blank, fully inked, and long zero runs', () => {
    const blank = new Uint8Array(DIGIT_PIXELS);
    const full = new Uint8Array(DIGIT_PIXELS).fill(255);
    const speck = new Uint8Array(DIGIT_PIXELS);
    speck[783] = 1;
    for (const image of [blank, full, speck]) {
      const text = packDigit(image);
      expect(text.length).toBeLessThanOrEqual(MAX_PACKED_CHARS);
      expect(unpackDigit(text)).toEqual(image);
    }
  });

  it('refuses text that is not exactly one 28×28 digit', () => {
    const image = mnistImage(3);
    const text = packDigit(image);
    const short = packDigit(image.slice(0, 700));
    const long = packDigit(Uint8Array.from([...image, 5]));
    for (const bad of ['', '%%%', 'abc$', 'A', text.slice(0, -4), short, long, 'x'.repeat(5000)]) {
      expect(unpackDigit(bad), bad.slice(0, 20)).toBeNull();
    }
  });

  it('refuses a zero run of length 0 or one that runs past the end', () => {
    const b64 = (bytes: number[]) =>
      btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    expect(unpackDigit(b64([0, 0, 0, 255, 0, 255, 0, 255, 0, 19]))).toBeNull();
    expect(unpackDigit(b64([0, 255, 0, 255, 0, 255, 0, 20]))).toBeNull();
    expect(unpackDigit(b64([0, 255, 0, 255, 0, 255, 0, 19]))).toEqual(new Uint8Array(784));
    expect(unpackDigit(b64([0, 255, 0, 255, 0, 255, 0]))).toBeNull();
  });
});
