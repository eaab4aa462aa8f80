import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { makePoints, regressionCost } from '../src/descent/regression';
import { parseNetwork } from '../src/engine/serialize';
import { goToStep, openBackprop, retrace } from './fixtures/backprop';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp, shownOutputs } from './fixtures/page';

const SAVED_KEY = 'deltascope.scene';

/** Waits until the address bar holds the scene (it follows the page after a short pause). */
async function settledUrl(page: Page, ...parts: string[]): Promise<string> {
  await expect
    .poll(() => parts.every((p) => page.url().includes(p)), { timeout: 5_000 })
    .toBe(true);
  return page.url();
}

/** The outputs once the network has answered the last pen move (two reads in a row agree). */
async function steadyOutputs(page: Page): Promise<number[]> {
  let outputs: number[] = [];
  await expect
    .poll(
      async () => {
        const previous = JSON.stringify(outputs);
        outputs = await shownOutputs(page);
        return JSON.stringify(outputs) === previous;
      },
      { intervals: [500] },
    )
    .toBe(true);
  return outputs;
}

/** Opens a link in a new browser context: no storage, no state shared with the first page. */
async function openFresh(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

/** What the backprop page shows of a scene. */
async function shownLesson(page: Page) {
  const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim();
  return {
    label: await text('step-label'),
    count: await page.locator('.step-count').textContent(),
    digit: await page.getByTestId('input-digit').getAttribute('data-index'),
    outputs: await Promise.all(Array.from({ length: 10 }, (_, j) => text(`lesson-a-${j}`))),
    cost: await page.getByTestId('lesson-cost').getAttribute('data-value'),
    chainRule: await text('chain-rule-title'),
    selected: await page.locator('.neurons .neuron.focus').getAttribute('data-testid'),
    theme: await page.locator('html').getAttribute('data-theme'),
    rate: await page.getByTestId('lesson-rate').inputValue(),
    edge: await page
      .locator('[data-testid^="edge-choice-"][aria-pressed="true"]')
      .getAttribute('data-k'),
  };
}

test('a lesson link opened in a fresh browser reproduces the scene: step, digit, outputs, selection, theme', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await openBackprop(page);
  await retrace(page, () => page.getByTestId('pick-label-7').click());
  await retrace(page, async () => {
    await page.getByTestId('lesson-rate').fill('2.5');
    await page.getByTestId('lesson-rate').press('Enter');
  });
  await goToStep(page, 6);
  await page.getByTestId('neuron-2-5').click();
  await page.getByTestId('theme-light').click();
  await expect(page.getByTestId('chain-rule-title')).toHaveText('Hidden layer 2, neuron 6');
  await page.getByTestId('edge-choice-1').click();
  await expect(page.getByTestId('edge-choice-1')).toHaveAttribute('aria-pressed', 'true');
  const before = await shownLesson(page);
  expect(before.digit).not.toBe('0');
  expect(before.selected).toBe('neuron-2-5');
  expect(before.outputs.every((o) => /^\d\.\d{3}$/.test(o ?? ''))).toBe(true);
  expect(before.rate).toBe('2.5');
  expect(before.edge).toMatch(/^\d+$/);

  const url = await settledUrl(
    page,
    'page=backprop',
    'step=7',
    'neuron=2-5',
    'edge=2-5-',
    'theme=light',
    'eta=2.5',
  );
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(url);
  await page.screenshot({ path: 'e2e/screenshots/share-lesson-before.png' });

  const fresh = await openFresh(browser, copied);
  await expect(fresh.getByTestId('step-label')).toHaveText(before.label!);
  await expect(fresh.getByTestId('chain-rule-title')).toHaveText(before.chainRule!);
  expect(await shownLesson(fresh)).toEqual(before);
  await expect(fresh.getByTestId('notice')).toHaveCount(0);
  await fresh.screenshot({ path: 'e2e/screenshots/share-lesson-after.png' });
  await fresh.context().close();
});

test('a drawn digit survives a link: same prediction and outputs', async ({ page, browser }) => {
  await openApp(page);
  await page.getByTestId('model-select').selectOption('best');
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 3, WRITINGS[1]);
  await expect(page.getByTestId('network-input')).toBeVisible();
  const outputs = await steadyOutputs(page);
  const prediction = await page.getByTestId('prediction').textContent();
  const url = await settledUrl(page, 'digit=', 'model=best');

  const fresh = await openFresh(browser, url);
  await expect(fresh.getByTestId('network-input')).toBeVisible();
  await expect(fresh.getByTestId('prediction')).toHaveText(prediction!);
  await expect.poll(() => shownOutputs(fresh)).toEqual(outputs);
  await fresh.screenshot({ path: 'e2e/screenshots/share-drawn.png' });

  // No strokes came with the link: the explanation says where the pixels came from.
  await fresh.getByRole('button', { name: 'How?' }).click();
  await expect(fresh.getByTestId('linked-digit-how')).toContainText(
    'This digit came with a link as its 28×28 pixels, already cropped, scaled and centred',
  );
  await expect(fresh.getByText('Crop to the ink')).toHaveCount(0);

  // Drawing again replaces the linked digit, and the steps describe the new strokes.
  await writeDigit(fresh, 1, WRITINGS[0]);
  await expect(fresh.getByTestId('prediction')).toHaveText('1');
  await expect(fresh.getByTestId('linked-digit-how')).toHaveCount(0);
  await expect(fresh.getByText('Crop to the ink')).toBeVisible();
  await fresh.context().close();
});

test('a drawn digit and its label open the same lesson on the backprop page', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await openBackprop(page);
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 4, WRITINGS[0]);
  await retrace(page, () => page.getByTestId('lesson-label-4').click());
  await goToStep(page, 4);
  const cost = await page.getByTestId('lesson-cost').getAttribute('data-value');
  const url = await settledUrl(page, 'digit=', 'label=4', 'step=5');

  const fresh = await openFresh(browser, url);
  await expect(fresh.locator('.step-count')).toHaveText(/^Step 5 of/);
  await expect(fresh.getByTestId('lesson-cost')).toHaveAttribute('data-value', cost!);
  await fresh.context().close();
});

test('a link counts steps as the page does; an old Copy link (from 0) still opens its step', async ({
  page,
}) => {
  await page.goto('./?page=backprop&ex=3&step=7');
  await expect(page.locator('.step-count')).toHaveText(/^Step 7 of 13/);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  const url = await settledUrl(page, 'step=7', 'v=2');

  // What Copy link wrote before links had a version: every setting, the step from 0.
  const old = new URL(url);
  old.searchParams.delete('v');
  old.searchParams.set('step', '7');
  await page.goto(old.toString());
  await expect(page.locator('.step-count')).toHaveText(/^Step 8 of 13/);
  await settledUrl(page, 'step=8', 'v=2');
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a garbage link opens with a message and the defaults', async ({ page }) => {
  await page.goto('./?page=nope&step=-4&neuron=99-99&digit=%%%&lr=abc&lab=nope&curve-eta=99');
  const notice = page
    .getByTestId('notice')
    .filter({ hasText: 'Parts of this link could not be used' });
  await expect(notice).toBeVisible();
  for (const part of [
    'page "nope"',
    'step "-4"',
    'neuron "99-99"',
    'drawn digit "%%%"',
    'learning rate "abc"',
    'lab tab "nope"',
    'learning rate of the one-parameter curve "99"',
  ]) {
    await expect(notice).toContainText(part);
  }
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await expect(page.getByTestId('page-explore')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('input-digit')).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('learning-rate')).toHaveValue('1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The address bar then holds the scene actually shown, not the garbage.
  const url = await settledUrl(page, 'page=explore', 'lr=1&');
  expect(url).not.toContain('nope');
  await page.screenshot({ path: 'e2e/screenshots/share-garbage-link.png' });
});

test('the lab tab travels in a link', async ({ page, browser }) => {
  await openApp(page);
  await page.getByTestId('page-lab').click();
  await page.getByTestId('lab-tab-jacobian').click();
  await expect(page.getByTestId('jacobian-softmax-matrix')).toBeVisible();
  const url = await settledUrl(page, 'page=lab', 'lab=jacobian');

  const fresh = await openFresh(browser, url);
  await expect(fresh.getByTestId('lab-tab-jacobian')).toHaveAttribute('aria-selected', 'true');
  await expect(fresh.getByTestId('jacobian-softmax-matrix')).toBeVisible();
  await expect(fresh.getByTestId('notice')).toHaveCount(0);
  await fresh.context().close();
});

/** What the descent page shows of its settings, once the surface is that of the chosen pair. */
async function shownDescent(page: Page) {
  await expect(page.getByTestId('descent-surface-w1-layer')).toHaveValue('1');
  await expect(page.locator('dl:has([data-testid="descent-surface-w-x"])')).toHaveAttribute(
    'aria-busy',
    'false',
  );
  const value = (id: string) => page.getByTestId(id).getAttribute('data-value');
  const field = (id: string) => page.getByTestId(id).inputValue();
  return {
    curveRate: await value('descent-rate-value'),
    curveSlider: await field('descent-rate'),
    x: await value('descent-x'),
    several: await page.getByTestId('descent-several').isChecked(),
    fitRate: await value('descent2d-rate-value'),
    fitSlider: await field('descent2d-rate'),
    batch: await page
      .locator('[data-testid^="descent2d-batch-"][aria-checked="true"]')
      .textContent(),
    startCost: await value('descent2d-start-cost'),
    surface: await Promise.all(
      ['layer', 'j', 'k'].flatMap((part) =>
        ['w1', 'w2'].map((w) => field(`descent-surface-${w}-${part}`)),
      ),
    ),
    weights: [await value('descent-surface-w-x'), await value('descent-surface-w-y')],
  };
}

test('the descent page’s settings set by hand come back in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await page.getByTestId('page-descent').click();
  await page.getByTestId('descent-rate').fill('30');
  await page.locator('.descent-curve .descent-pick').click({ position: { x: 60, y: 100 } });
  await page.getByTestId('descent-several').check();
  await page.getByTestId('descent2d-rate').fill('-50');
  await page.getByTestId('descent2d-batch-50').click();
  await page
    .getByTestId('descent2d-map')
    .locator('.descent-pick')
    .click({ position: { x: 300, y: 40 } });
  await page.getByTestId('descent-surface-w1-layer').selectOption('1');
  const before = await shownDescent(page);
  expect(before).toMatchObject({ curveRate: '2', fitRate: '0.316', several: true, batch: '50' });
  expect(Number(before.x)).toBeLessThan(0);
  const url = await settledUrl(page, 'page=descent', 'curve-eta=2&', 'fit-batch=50', 'surface=1-');

  const fresh = await openFresh(browser, url);
  expect(await shownDescent(fresh)).toEqual(before);
  await expect(fresh.getByTestId('notice')).toHaveCount(0);
  await fresh.context().close();
});

test('a link’s descent settings show on the sliders, the balls, the fit and the surface', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(
    './?page=descent&curve-eta=2&curve-x=-3.5&curve-balls=4&fit-eta=0.5&fit-batch=50&fit-start=1_-2&surface=1-3-400_3-2-5',
  );
  await expect(page.getByTestId('descent-rate-value')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('descent-rate')).toHaveValue('30');
  await expect(page.getByTestId('descent-x')).toHaveAttribute('data-value', '-3.5');
  await expect(page.getByTestId('descent-several')).toBeChecked();
  await expect(page.getByTestId('descent-balls').locator('li')).toHaveCount(4);
  await expect(page.getByTestId('descent2d-rate-value')).toHaveAttribute('data-value', '0.5');
  await expect(page.getByTestId('descent2d-batch-50')).toHaveAttribute('aria-checked', 'true');
  const startCost = regressionCost(makePoints(200, 7), { w: 1, b: -2 });
  await expect(page.getByTestId('descent2d-start-cost')).toHaveAttribute(
    'data-value',
    String(startCost),
  );
  // Weights by the names the page shows: hidden neurons and pixels from 1, outputs by digit.
  await expect(page.getByTestId('descent-surface-w1-layer')).toHaveValue('1');
  await expect(page.getByTestId('descent-surface-w1-j')).toHaveValue('4');
  await expect(page.getByTestId('descent-surface-w1-k')).toHaveValue('401');
  await expect(page.getByTestId('descent-surface-w2-layer')).toHaveValue('3');
  await expect(page.getByTestId('descent-surface-w2-j')).toHaveValue('2');
  await expect(page.getByTestId('descent-surface-w2-k')).toHaveValue('6');
  const { net } = parseNetwork(readFileSync('public/models/3b1b.json', 'utf8'));
  await expect(page.getByTestId('descent-surface-w-x')).toHaveAttribute(
    'data-value',
    String(net.weights[0][3 * 784 + 400]),
  );
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/links-descent.png', fullPage: true });
});

test('the last session comes back without a link, and a link beats it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await openBackprop(page);
  await goToStep(page, 3);
  await page.getByTestId('theme-light').click();
  await settledUrl(page, 'step=4', 'theme=light');

  await page.goto('./');
  await expect(page.locator('.step-count')).toHaveText(/^Step 4 of/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.goto('./?page=explore&theme=dark');
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await expect(page.getByTestId('page-explore')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('corrupt saved settings give a message and the defaults, and are replaced', async ({
  context,
}) => {
  for (const [saved, message] of [
    ['{garbage', 'could not be read'],
    [JSON.stringify({ version: 99, query: 'theme=light' }), 'another version'],
    [
      JSON.stringify({ version: 1, query: 'theme=light&step=' + 'x'.repeat(5000) }),
      'unexpectedly large',
    ],
    [JSON.stringify({ version: 1, query: 'theme=pink&page=backprop' }), 'theme "pink"'],
  ]) {
    // A new tab per case: its init script seeds the entry once, before the app reads it.
    const page = await context.newPage();
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, value);
        }
      },
      [SAVED_KEY, saved],
    );
    await page.goto('./');
    await expect(page.getByTestId('notice').filter({ hasText: message })).toBeVisible();
    await expect(page.getByTestId('prediction').or(page.getByTestId('step-label'))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SAVED_KEY))
      .toMatch(/^\{"version":1,"query":"page=/);
    if (saved === '{garbage')
      await page.screenshot({ path: 'e2e/screenshots/share-corrupt-saved.png' });
    await page.close();
  }
});

test('without a clipboard the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  );
  await openApp(page);
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('copy-link-field');
  await expect(field).toBeVisible();
  expect(await field.inputValue()).toMatch(/\?page=explore&model=3b1b&ex=0&/);
});

test('pages without the network export their largest chart', async ({ page }) => {
  // The explore and backprop scenes: e2e/slide-export.spec.ts.
  await openApp(page);
  const viewer = await page.context().newPage();
  for (const [tab, ready] of [
    ['descent', 'descent-page'],
    ['lab', 'chain-tree'],
  ]) {
    await page.getByTestId(`page-${tab}`).click();
    await expect(page.getByTestId(ready)).toBeVisible();
    const [chart] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    expect(chart.suggestedFilename()).toBe(`deltascope-${tab}.svg`);
    const chartText = (await readDownload(chart)).toString('utf8');
    const shapes = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return -1;
      return doc.querySelectorAll('path, line, circle, rect, text, image').length;
    }, chartText);
    expect(shapes, tab).toBeGreaterThan(10);
    await viewer.setContent(
      `<body style="margin:0"><img id="svg" src="data:image/svg+xml;base64,${Buffer.from(chartText).toString('base64')}"></body>`,
    );
    await viewer.locator('#svg').screenshot({ path: `e2e/screenshots/share-export-${tab}.png` });
  }
});

async function readDownload(download: import('@playwright/test').Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test('in Chinese, the share tools and a bad link’s message are Chinese', async ({ page }) => {
  await page.goto(`./?lang=zh&theme=${encodeURIComponent('粉')}`);
  await expect(page.getByTestId('notice')).toHaveText(
    /^这个链接中有部分内容无法使用，已改用默认值：主题“粉”。/,
  );
  await expect(page.getByTestId('copy-link')).toHaveText('复制链接');
  await expect(page.locator('.share-tools')).toHaveText(/^复制链接PNGSVG$/);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link')).toHaveText('✓ 链接已复制');
  await page.screenshot({ path: 'e2e/screenshots/share-zh.png' });
  // The confirmation covers nothing: the notice's × still takes the click while it shows.
  await page.getByTestId('notice').getByRole('button').click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page.getByTestId('copy-link')).toHaveText('✓ 链接已复制');
  await expect(page.getByTestId('copy-link')).toHaveText('复制链接', { timeout: 6_000 });
});

test('a link to weights that cannot travel says so once, in a notice', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('reset-random').click();
  await expect(page.getByTestId('model-select')).toHaveValue('');
  for (let i = 0; i < 2; i++) await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toHaveText('Link copied');
  await expect(page.getByTestId('notice')).toHaveCount(1);
  await expect(page.getByTestId('notice')).toContainText('It opens the default model');
});
