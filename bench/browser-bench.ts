import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import type { DigitSet } from '../src/engine/dataset';
import { digitsToBlob } from './digit-blob';
import type { BenchPage, WorkerReport } from './protocol';
import { serveStatic } from './static-server';

const CONFIG_FILE = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium when present; Playwright's own browser otherwise (never downloaded here). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface BrowserReport extends WorkerReport {
  browser: string;
}

/**
 * Bundles bench/browser with Vite, serves it and the digit pool on 127.0.0.1, and has headless
 * Chromium run the engine's training rounds in a Web Worker.
 */
export async function measureInWorker(pool: DigitSet): Promise<BrowserReport> {
  // Outside the repository, so linters never see the bundle.
  const outDir = mkdtempSync(join(tmpdir(), 'deltascope-bench-'));
  try {
    await build({ configFile: CONFIG_FILE, build: { outDir } });
    const server = await serveStatic(outDir, { '/digits.bin': digitsToBlob(pool) });
    try {
      return await runPage(server.url);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function runPage(url: string): Promise<BrowserReport> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const report = await page.evaluate(() => (window as unknown as BenchPage).runWorkerBench());
    return { ...report, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
