import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { MNIST_FIRST_URL, MNIST_TEST_URL } from '../src/data/packedDigits.ts';
import type { PrecacheManifest } from '../src/offline/precacheManifest.ts';
import { precacheable } from '../src/offline/precacheManifest.ts';

const SOURCE = fileURLToPath(new URL('../src/offline/serviceWorker.ts', import.meta.url));
const PLACEHOLDER = /(["'`])__DELTASCOPE_PRECACHE_MANIFEST__\1/;
/** Public files the app needs offline; the training set is kept once the page fetches it. */
const PUBLIC_PRECACHE = ['models', MNIST_FIRST_URL, MNIST_TEST_URL];

function filesUnder(root: string, entry: string): string[] {
  const path = join(root, entry);
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'))
      .sort();
  } catch {
    return [entry]; // a single file
  }
}

/**
 * Builds `sw.js` from src/offline/serviceWorker.ts and writes into it the list of every built
 * file and needed public file, versioned by a hash of their bytes. Build only: dev has no SW.
 */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'deltascope-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.keys(bundle)
        .filter((name) => name !== 'sw.js')
        .sort();
      for (const name of built) {
        const output = bundle[name];
        hash.update(name).update(output.type === 'chunk' ? output.code : output.source);
      }
      // The page itself is kept under its folder's URL, which is what a visitor navigates to.
      const files = ['./', ...precacheable(built.filter((name) => name !== 'index.html'))];
      for (const file of PUBLIC_PRECACHE.flatMap((entry) => filesUnder(publicDir, entry))) {
        hash.update(file).update(readFileSync(join(publicDir, file)));
        files.push(file);
      }
      const manifest: PrecacheManifest = { version: hash.digest('hex').slice(0, 16), files };
      const sw = bundle['sw.js'];
      if (sw?.type !== 'chunk' || !PLACEHOLDER.test(sw.code)) {
        this.error('sw.js was built without its precache placeholder');
      }
      sw.code = sw.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
