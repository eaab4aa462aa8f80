import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures/page';
import { onTestHandle } from './fixtures/testHandle';

// The lazy-page test aborts a chunk's request, which a service worker would answer from its cache.
test.use({ serviceWorkers: 'block' });

declare global {
  interface Window {
    /** How tamperCostSurfaces alters the engine's next cost-surface replies, if at all. */
    __surfaceReply?: 'overflow' | 'malformed';
  }
}

/** Controls, bidirectional controls and other formatting characters, which must not be shown raw. */
const UNSEEN = /[\p{Cc}\p{Cf}]/u;

/** The 784-16-16-10 ReLU/softmax network with every weight and bias 1e300: its outputs are NaN. */
function overflowingModel(): string {
  const sizes = [784, 16, 16, 10];
  return JSON.stringify({
    format: 'deltascope-model',
    version: 1,
    sizes,
    hidden: 'relu',
    output: 'softmax',
    cost: 'cross-entropy',
    weights: sizes.slice(1).map((n, l) => new Array(n * sizes[l]).fill(1e300)),
    biases: sizes.slice(1).map((n) => new Array(n).fill(1e300)),
  });
}

/** Header, navigation and the explore page still answer. */
async function appStillWorks(page: Page): Promise<void> {
  await expect(page.locator('header h1')).toBeVisible();
  await page.getByTestId('page-explore').click();
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9–]$/);
  await expect(page.getByTestId('output-activation-0')).toBeVisible();
}

/**
 * Replaces the engine's cost-surface replies while window.__surfaceReply says so: 'overflow'
 * makes every cost NaN, as an overflowing network's are; 'malformed' drops the surface's centre.
 */
async function tamperCostSurfaces(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Reply = { type: string; surface: { costs: Float64Array; centre?: number[] } };
    const tampered = (data: Reply): Reply => {
      const mode = window.__surfaceReply;
      if (data.type !== 'cost-surface' || !mode) return data;
      const surface =
        mode === 'overflow'
          ? { ...data.surface, costs: data.surface.costs.map(() => NaN) }
          : { ...data.surface, centre: undefined };
      return { ...data, surface };
    };
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        let handler: ((event: MessageEvent) => void) | null = null;
        Object.defineProperty(this, 'onmessage', {
          get: () => handler,
          set: (h: ((event: MessageEvent) => void) | null) => (handler = h),
        });
        this.addEventListener('message', (event) =>
          handler?.(new MessageEvent('message', { data: tampered(event.data as Reply) })),
        );
      }
    };
  });
}

test('a link’s bidirectional and control characters are written out and isolated', async ({
  page,
}) => {
  await page.goto('./?lr=%E2%80%AEevil.com%209%00');
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  const notice = page.getByTestId('notice').filter({ hasText: 'learning rate' });
  await expect(notice.locator('bdi')).toHaveText('\\u202Eevil.com 9\\u0000');
  expect(await notice.textContent()).not.toMatch(UNSEEN);
  await page.screenshot({ path: 'test-results/hardening-bidi-notice.png' });
  // The default stands in, and the page goes on working.
  await expect(page.getByTestId('learning-rate')).toHaveValue('1');
  await page.getByTestId('page-descent').click();
  await expect(page.getByTestId('descent-page')).toBeVisible();
  await appStillWorks(page);
});

test('a model whose outputs overflow never blanks the app: a message says what went wrong', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('model-file').setInputFiles({
    name: 'overflow.json',
    mimeType: 'application/json',
    buffer: Buffer.from(overflowingModel()),
  });
  await page.getByTestId('page-descent').click();
  await expect(page.getByTestId('descent-page')).toBeVisible();
  // The engine refuses the file: the model on screen stays, so its surface is drawn.
  const refused = page.getByTestId('notice').filter({ hasText: 'The current model is unchanged' });
  await expect(refused).toBeVisible();
  await expect(page.getByTestId('descent-surface-map')).toBeVisible();
  await page.screenshot({ path: 'test-results/hardening-overflow-refused.png' });
  await expect(page.getByTestId('part-failed')).toHaveCount(0);
  await appStillWorks(page);
});

test('a cost surface that overflowed is named in place of its map', async ({ page }) => {
  await tamperCostSurfaces(page);
  await openApp(page);
  await page.evaluate(() => (window.__surfaceReply = 'overflow'));
  await page.getByTestId('page-descent').click();
  await expect(page.getByTestId('descent-surface-map-not-finite')).toHaveText(
    /^This map cannot be drawn: at 625 of its 625 points the cost is infinite or not a number/,
  );
  await expect(page.getByTestId('descent-surface-shade')).toHaveCount(0);
  // The other two plots are drawn as ever.
  await expect(page.getByTestId('descent-curve')).toBeVisible();
  await expect(page.getByTestId('descent2d-map')).toBeVisible();
  await appStillWorks(page);
});

test('a page that breaks says so in the interface language and can try again', async ({ page }) => {
  await tamperCostSurfaces(page);
  await openApp(page);
  await page.evaluate(() => (window.__surfaceReply = 'malformed'));
  await page.getByTestId('page-descent').click();
  const failed = page.getByTestId('part-failed');
  await expect(failed).toContainText(
    'The page “Gradient descent” stopped working because of an error. The rest of DeltaScope still works.',
  );
  await expect(failed.getByTestId('technical-detail')).toBeVisible();
  await page.screenshot({ path: 'test-results/hardening-page-failed.png' });
  // The header still works, and the message follows the language.
  await page.getByTestId('language-zh').click();
  await expect(failed).toContainText('“梯度下降”页面出错，停止了工作。');
  await page.getByTestId('language-en').click();

  await page.evaluate(() => delete window.__surfaceReply);
  await failed.getByTestId('part-retry').click();
  await expect(page.getByTestId('descent-surface-map')).toBeVisible();
  await expect(failed).toHaveCount(0);
  await appStillWorks(page);
});

test('a page whose code cannot be fetched says so; the rest of the app goes on', async ({
  page,
}) => {
  await openApp(page);
  await page.route(/LabPage/, (route) => route.abort());
  await page.getByTestId('page-lab').click();
  await expect(page.getByTestId('part-failed')).toContainText(
    'The page “Chain-rule lab” stopped working because of an error.',
  );
  await appStillWorks(page);
});

test('a number field takes decimal notation only, as links do', async ({ page }) => {
  await openApp(page);
  const batch = page.getByTestId('batch-size');
  for (const bad of ['0x10', '1e1', '16.0']) {
    await batch.fill(bad);
    await batch.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Mini-batch must be a whole number' }),
    ).toBeVisible();
    await expect(batch).toHaveAttribute('aria-invalid', 'true');
  }
  const rate = page.getByTestId('learning-rate');
  await rate.fill('0x10');
  await rate.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'must be a number' })).toBeVisible();
  await batch.fill('16');
  await batch.press('Enter');
  await expect(batch).toHaveAttribute('aria-invalid', 'false');
  await expect(batch).toHaveValue('16');
});

test('once the engine has stopped for good, a new digit gets no answer it never had', async ({
  page,
}) => {
  await openApp(page);
  await onTestHandle(page, (handle) => handle.crashEngine());
  await onTestHandle(page, (handle) => handle.crashEngine());
  await expect(page.getByTestId('notice').last()).toContainText('Reload the page');
  // The digit on screen keeps the answer the engine gave for it.
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await expect(page.getByTestId('engine-not-running')).toHaveCount(0);

  await page.getByTestId('pick-label-4').click();
  await expect(page.getByTestId('prediction')).toHaveText('–');
  await expect(page.getByTestId('output-activation-4')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('engine-not-running')).toHaveText(
    'The engine is not running, so the network cannot read this digit. Reload the page.',
  );
  await expect(page.getByTestId('prediction-announcement')).toHaveText(
    'The engine is not running, so the network cannot read this digit. Reload the page.',
  );
});
