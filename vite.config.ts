import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin.ts';
import { E2E_MODE, E2E_OUT_DIR } from './scripts/testBuild.ts';

/**
 * The built page may run only its own scripts and talk only to its own origin. Dev mode is
 * left out: React's fast-refresh preamble is an inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The engine worker, the edge painter and the offline service worker (sw.js), all own files.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'deltascope-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

// Relative base so `dist/` works from any static host and sub-path.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorkerPlugin()],
  worker: { format: 'es' },
  build: { outDir: mode === E2E_MODE ? E2E_OUT_DIR : 'dist' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
}));
