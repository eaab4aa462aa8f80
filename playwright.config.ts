import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';
import { E2E_MODE } from './scripts/testBuild';

/**
 * The suite runs on 4173 against the production build made in the e2e mode, which adds the
 * test handle and writes to its own folder (scripts/testBuild.ts). E2E_DEV_PORT instead serves
 * the sources with Vite's dev server on that port (the handle is there too), so several people
 * can run specs at once without sharing one build folder.
 */
const DEV_PORT = process.env.E2E_DEV_PORT;
const PORT = DEV_PORT ? Number(DEV_PORT) : 4173;
const SERVE = DEV_PORT
  ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
  : `npx vite build --mode ${E2E_MODE} && ` +
    `npx vite preview --mode ${E2E_MODE} --host 127.0.0.1 --port ${PORT} --strictPort`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: DEV_PORT ? `test-results/dev-${DEV_PORT}` : 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: SERVE,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
});
