import { DIGIT_SIDE } from '../config';
import type { PreprocessResult } from '../data/preprocess/mnistify';

/** Pixels of a drawn digit: 28×28 grey levels, row-major. */
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/** Longest packed text accepted: far above any real digit (all 784 pixels inked ≈ 1,046). */
export const MAX_PACKED_CHARS = 1_200;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * A drawn digit's exact grey levels as URL-safe text. Most of a digit is blank, so a run of
 * zeros becomes the pair (0, length); ink bytes stay as they are. Lossless: the network sees the
 * same input, so a link reproduces the same outputs to the last digit.
 */
export function packDigit(image: Uint8Array): string {
  const bytes: number[] = [];
  for (let i = 0; i < image.length;) {
    if (image[i] !== 0) {
      bytes.push(image[i++]);
      continue;
    }
    let run = 0;
    while (i < image.length && image[i] === 0 && run < 255) {
      run++;
      i++;
    }
    bytes.push(0, run);
  }
  return toBase64Url(Uint8Array.from(bytes));
}

/** The 784 grey levels packed by packDigit, or null for text that is not exactly one digit. */
export function unpackDigit(text: string): Uint8Array | null {
  if (text.length === 0 || text.length > MAX_PACKED_CHARS) return null;
  const bytes = fromBase64Url(text);
  if (!bytes) return null;
  const image = new Uint8Array(DIGIT_PIXELS);
  let at = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) {
      if (at >= DIGIT_PIXELS) return null;
      image[at++] = bytes[i];
      continue;
    }
    const run = bytes[++i];
    if (!run || at + run > DIGIT_PIXELS) return null;
    at += run;
  }
  return at === DIGIT_PIXELS ? image : null;
}

/**
 * A linked digit in the shape of a preprocessed drawing: the strokes are not in the link, so
 * the 28×28 pixels stand for every stage (crop, scale and centring are already done).
 */
export function drawingFromPixels(pixels: Uint8Array): PreprocessResult {
  const side = DIGIT_SIDE;
  return {
    bounds: { x: 0, y: 0, width: side, height: side },
    scale: 1,
    scaleCapped: false,
    box: { width: side, height: side, pixels },
    boxCentre: { x: side / 2, y: side / 2 },
    shift: { x: 0, y: 0 },
    image: pixels,
  };
}
