import type { DigitSet } from '../engine/dataset';
import { decodeDigits } from './packedDigits';

export type LoadProgress = (loaded: number, total: number) => void;

/** Reads a response body, reporting bytes received against Content-Length (0 if unknown). */
async function readBody(response: Response, onProgress: LoadProgress): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The asset's server could not be reached at all (offline, and not kept by the service worker). */
export class DigitsUnreachable extends Error {
  constructor(url: string, cause: unknown) {
    super(`could not reach ${url} (${String(cause)})`);
    this.name = 'DigitsUnreachable';
  }
}

/**
 * Fetches a packed digit asset. A host that serves .gz with Content-Encoding: gzip hands over
 * bytes the browser already inflated, so decompress only when the gzip magic is present.
 */
export async function loadDigits(
  url: string,
  onProgress: LoadProgress = () => {},
): Promise<DigitSet> {
  // fetch rejects only when no response came at all: no network, and no cached copy.
  const response = await fetch(url).catch((cause: unknown) => {
    throw new DigitsUnreachable(url, cause);
  });
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  const bytes = await readBody(response, onProgress);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return decodeDigits(gzipped ? await gunzip(bytes) : bytes);
}
