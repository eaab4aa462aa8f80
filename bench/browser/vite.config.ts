import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The worker bench page; bench/browser-bench.ts builds it with Vite's build() API. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true },
  worker: { format: 'es' },
});
