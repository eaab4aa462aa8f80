import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { build } from 'vite';
import type { DigitSet } from '../src/engine/dataset';
import { digitsToBlob } from './digit-blob';
import type { BenchPage, WorkerReport } from './protocol';
import { serveStatic } from './static-server';

const CONFIG_FILE = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url));

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
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const report = await page.evaluate(() => (window as unknown as BenchPage).runWorkerBench());
    return { ...report, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
