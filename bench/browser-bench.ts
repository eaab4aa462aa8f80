import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { build } from 'vite';
import type { DigitSet } from '../src/engine/dataset';
import { digitsToBlob } from './digit-blob';
import type { EngineProcess } from './engine-process';
import type { BenchPage } from './protocol';
import { WORKER_ENGINE } from './protocol';
import { serveStatic } from './static-server';

const CONFIG_FILE = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url));

/**
 * Bundles bench/browser with Vite, serves it and the digit pool on 127.0.0.1, and opens it in
 * headless Chromium, whose Web Worker then times the engine's training rounds on request.
 */
export async function startWorkerEngine(pool: DigitSet): Promise<EngineProcess> {
  // Outside the repository, so linters never see the bundle.
  const outDir = mkdtempSync(join(tmpdir(), 'deltascope-bench-'));
  const undo: (() => unknown)[] = [() => rmSync(outDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of undo.reverse()) await step();
  };
  try {
    await build({ configFile: CONFIG_FILE, build: { outDir } });
    const server = await serveStatic(outDir, { '/digits.bin': digitsToBlob(pool) });
    undo.push(() => server.close());
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    undo.push(() => browser.close());
    const page = await browser.newPage();
    await page.goto(server.url);
    const ready = await page.evaluate(() => (window as unknown as BenchPage).startWorker());
    return {
      name: WORKER_ENGINE,
      notes: [`Chromium ${browser.version()}, headless`, ...ready.notes],
      tasks: ready.tasks,
      round: (task, variant, seconds) =>
        page.evaluate((request) => (window as unknown as BenchPage).round(request), {
          task,
          variant,
          seconds,
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
