import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../bench/static-server';
import { E2E_OUT_DIR } from '../scripts/testBuild';
import { goToStep } from './fixtures/backprop';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp, shownOutputs } from './fixtures/page';

declare global {
  interface Window {
    /** The CSP violations a session met, recorded from its first script on. */
    __cspViolations?: string[];
  }
}

/** The service worker and the CSP exist only in the production build (dev has neither). */
const BUILT = !process.env.E2E_DEV_PORT;
/** The built folder the suite serves: the e2e build's unless a run builds elsewhere. */
const DIST = process.env.E2E_DIST ?? E2E_OUT_DIR;

/** Waits until the offline worker has precached the app and controls this page. */
async function waitForServiceWorker(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  return scope;
}

async function drawAndRead(page: Page, digit: number): Promise<number[]> {
  await page.getByTestId('source-drawing').click();
  await expect(page.getByTestId('prediction')).toHaveText('–');
  await writeDigit(page, digit, WRITINGS[0]);
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  return shownOutputs(page);
}

/** Every URL the pages, their workers and the service worker of this context ask for. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

// Needs no service worker: a training set never fetched is missing with or without one.
test('Train offline without the training set says what happened and what to do, in EN and ZH', async ({
  page,
  context,
}) => {
  await openApp(page);
  await context.setOffline(true);
  await page.getByTestId('train-toggle').click();
  const notice = page.getByTestId('notice').filter({ hasText: 'training digits' });
  await expect(notice).toContainText('this browser is offline');
  await expect(notice).toContainText('Connect to the internet once and press Train');
  await expect(notice).not.toContainText('Failed to fetch');
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  // The page keeps working: another digit is read.
  await page.getByTestId('pick-label-3').click();
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await page.getByTestId('language-zh').click();
  await expect(page.getByTestId('notice').first()).toContainText('请联网一次');
  await context.setOffline(false);
});

test.describe('offline', () => {
  test.skip(!BUILT, 'service workers are registered only by the production build');

  test('after the first load, the app reloads and classifies with the network off', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
    await expect(page.getByTestId('test-accuracy')).toHaveText(/^\d+\.\d\d%$/);
    const drawn = await drawAndRead(page, 7);
    expect(drawn.some((v) => v > 0)).toBe(true);
    await page.getByTestId('clear-canvas').click();
    await writeDigit(page, 3, WRITINGS[0]);
    await expect.poll(() => shownOutputs(page)).not.toEqual(drawn);
    // The lazily loaded pages come from the cache too.
    await page.getByTestId('page-lab').click();
    await expect(page.getByTestId('chain-marker-w3')).toBeVisible();
    await page.getByTestId('page-descent').click();
    await expect(page.getByTestId('descent-run')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/offline-descent.png' });
    // The recurrence page's worker and shipped models too.
    await page.getByTestId('page-sequence').click();
    await expect(page.getByTestId('seq-reading')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('seq-prediction')).toHaveText(/^[0-9]$/);
  });

  test('the training set, once fetched, trains with the network off', async ({ page, context }) => {
    await openApp(page);
    await waitForServiceWorker(page);
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('training-stats')).toContainText('examples/s');
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('train-toggle')).toHaveText('Train');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
    const before = await shownOutputs(page);
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('training-stats')).toContainText('examples/s');
    await expect.poll(async () => (await shownOutputs(page))[0]).not.toBe(before[0]);
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });

  test('the built folder works from a plain static host under a sub-path', async ({ page }) => {
    const host = await serveStatic(DIST, {}, '/deltascope/sub/');
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(host.url);
      await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
      await expect(page.getByTestId('test-accuracy')).toHaveText(/^\d+\.\d\d%$/);
      await drawAndRead(page, 2);
      expect(await waitForServiceWorker(page)).toBe(host.url);
      const outside = requests.filter((url) => !url.startsWith(host.url));
      expect(outside).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

test('the built page’s CSP refuses inline script and requests to other origins', async ({
  page,
}) => {
  test.skip(!BUILT, 'the CSP is written into the production build only');
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    const fetched = await fetch('https://example.org/x').then(
      () => 'fetched',
      () => 'refused',
    );
    // The violation events are queued as tasks: wait until both have been reported.
    await new Promise<void>((resolve) => {
      const look = () => (violations.length >= 2 ? resolve() : requestAnimationFrame(look));
      look();
    });
    return { ran: 'inlineRan' in window || '__inlineRan' in window, fetched, violations };
  });
  expect(outcome).toEqual({
    ran: false,
    fetched: 'refused',
    violations: ['script-src-elem', 'connect-src'],
  });
});

test('every request of a full session stays on the page’s origin, and the CSP is never hit', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const urls = recordRequests(context);
  const serviceWorkerUrls: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) serviceWorkerUrls.push(r.url());
  });
  await openApp(page);
  if (BUILT) await waitForServiceWorker(page);
  await drawAndRead(page, 4);
  await page.getByTestId('neuron-1-4').hover();
  await expect(page.getByTestId('neuron-weight-image')).toBeVisible();
  await page.getByTestId('source-mnist').click();
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('training-stats')).toContainText('examples/s');
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  await page.getByTestId('page-backprop').click();
  await expect(page.getByTestId('step-label')).toBeVisible();
  await goToStep(page, 10);
  await page.getByTestId('neuron-3-7').click();
  await expect(page.getByTestId('chain-rule-title')).toContainText('7');
  await expect(page.locator('.katex:visible').first()).toBeVisible();
  await page.getByTestId('page-lab').click();
  await expect(page.getByTestId('chain-marker-w3')).toBeVisible();
  await page.getByTestId('page-descent').click();
  await page.getByTestId('descent-run').click();
  await expect(page.getByTestId('descent-steps')).not.toHaveAttribute('data-value', '0');

  const origin = new URL(baseURL ?? page.url()).origin;
  const elsewhere = urls.filter((url) => {
    const { protocol } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin;
  });
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.some((url) => url.includes('mnist-train'))).toBe(true);
  expect(elsewhere).toEqual([]);
  if (BUILT) expect(serviceWorkerUrls.length).toBeGreaterThan(0);
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  expect(violations).toEqual([]);
});
