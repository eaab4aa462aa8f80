/**
 * A cold load of the built app in headless Chromium, as a student opening the app on a school
 * laptop: bytes sent before the first prediction is on screen, and how long it took, with the
 * CPU at full speed and slowed 4× (Chrome DevTools' throttling). The app is served by a plain
 * static host that gzips text as real hosts do; each load is a fresh browser context, so
 * nothing is cached and no service worker is installed.
 */
import type { Browser } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import type { TargetCheck } from './targets';
import { withBuiltApp } from './built-app';
import { median } from './stats';
import { serveStatic } from './static-server';

/** The page calls this path the moment its first prediction shows; the server notes when. */
const BEACON = '/first-answer';
const LOADS = 3;
export const SLOWDOWNS = [1, 4] as const;
/** The issue's budget for a school laptop on a shared classroom connection. */
const MAX_BYTES = 400_000;
const MAX_MS_SLOWED = 2_000;

export interface FirstAnswer {
  slowdown: number;
  /** Medians over LOADS cold loads. */
  bytes: number;
  ms: number;
  /** The responses sent before the first answer in the median-time load, largest first. */
  files: { path: string; bytes: number }[];
}

/** In the page before its scripts: watches for the prediction's first digit. */
const WATCH_PREDICTION = `(() => {
  const seen = new MutationObserver(() => {
    const shown = document.querySelector('[data-testid="prediction"]');
    if (!shown || !/\\d/.test(shown.textContent ?? '')) return;
    seen.disconnect();
    window.__firstAnswerMs = performance.now();
    void fetch('${BEACON}', { method: 'POST' });
  });
  seen.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

interface Sent {
  path: string;
  bytes: number;
  at: number;
}

/** What the server sent during one load, and a promise of the beacon's arrival. */
class SentLog {
  entries: Sent[] = [];
  private beaconSeen: (at: number) => void = () => {};
  beacon = Promise.resolve(0);

  /** Forgets the last load's responses. */
  restart(): void {
    this.entries = [];
    this.beacon = new Promise((resolve) => (this.beaconSeen = resolve));
  }

  add(path: string, bytes: number): void {
    const at = performance.now();
    if (path === BEACON) this.beaconSeen(at);
    else this.entries.push({ path, bytes, at });
  }
}

async function coldLoad(browser: Browser, url: string, slowdown: number, log: SentLog) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(WATCH_PREDICTION);
    log.restart();
    await page.goto(url);
    const ms = Number(
      await (
        await page.waitForFunction(
          () => (window as unknown as { __firstAnswerMs?: number }).__firstAnswerMs,
          undefined,
          { timeout: 60_000 },
        )
      ).jsonValue(),
    );
    const answeredAt = await log.beacon;
    const files = log.entries.filter((s) => s.at <= answeredAt).sort((a, b) => b.bytes - a.bytes);
    return { ms, bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
  } finally {
    await context.close();
  }
}

export async function measureFirstAnswer(): Promise<FirstAnswer[]> {
  return withBuiltApp(async (dir) => {
    const log = new SentLog();
    const server = await serveStatic(dir, { [BEACON]: new Uint8Array() }, '/', {
      gzip: true,
      onSent: (path, bytes) => log.add(path, bytes),
    });
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const results: FirstAnswer[] = [];
      for (const slowdown of SLOWDOWNS) {
        const loads = [];
        for (let i = 0; i < LOADS; i++)
          loads.push(await coldLoad(browser, server.url, slowdown, log));
        const byTime = [...loads].sort((a, b) => a.ms - b.ms);
        results.push({
          slowdown,
          ms: median(loads.map((l) => l.ms)),
          bytes: median(loads.map((l) => l.bytes)),
          files: byTime[Math.floor(byTime.length / 2)].files,
        });
      }
      return results;
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

/** A served path as the report names it: the file, without its folder. */
const shortName = (path: string) =>
  path === '/' ? 'index.html' : path.replace(/^\/(assets\/)?/, '');

export function formatFirstAnswer(results: readonly FirstAnswer[]): string[] {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  return results.flatMap((r) => [
    `  cold load, CPU ${r.slowdown}×: first prediction after ${(r.ms / 1000).toFixed(2)} s, ${kB(r.bytes)} sent before it (median of ${LOADS})`,
    `    ${r.files.map((f) => `${shortName(f.path)} ${kB(f.bytes)}`).join(', ')}`,
  ]);
}

/** At most 400 kB before the first answer, and that answer within 2 s with the CPU slowed 4×. */
export function firstAnswerChecks(results: readonly FirstAnswer[]): TargetCheck[] {
  return results.flatMap((r) => [
    {
      what: `bytes before the first prediction, cold load, CPU ${r.slowdown}×`,
      shown: `${(r.bytes / 1000).toFixed(0)} kB`,
      goal: `≤ ${MAX_BYTES / 1000} kB`,
      pass: r.bytes <= MAX_BYTES,
    },
    ...(r.slowdown === 1
      ? []
      : [
          {
            what: `first prediction, cold load, CPU ${r.slowdown}×`,
            shown: `${(r.ms / 1000).toFixed(2)} s`,
            goal: `≤ ${MAX_MS_SLOWED / 1000} s`,
            pass: r.ms <= MAX_MS_SLOWED,
          },
        ]),
  ]);
}
