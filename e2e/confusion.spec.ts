import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readMnist } from '../scripts/mnist-idx';
import { parseNetwork } from '../src/engine/serialize';
import { createSgd } from '../src/engine/sgd';
import { openApp, shownOutputs } from './fixtures/page';
import { onTestHandle } from './fixtures/testHandle';

const testSet = readMnist('test');
const { net } = parseNetwork(readFileSync('public/models/3b1b.json', 'utf8'));
const engineGuesses = new Uint8Array(testSet.count);
createSgd(net, 100).evaluate(testSet, 0, testSet.count, engineGuesses);

/** The matrix as the page shows it: counts[t][g] from each cell's data-count. */
async function shownCounts(page: Page): Promise<number[][]> {
  const counts: number[][] = Array.from({ length: 10 }, () => Array<number>(10).fill(-1));
  const cells = await page
    .getByTestId('confusion-matrix')
    .locator('button[data-count]')
    .evaluateAll((buttons) =>
      buttons.map((b) => [b.getAttribute('data-testid'), Number(b.getAttribute('data-count'))]),
    );
  for (const [id, count] of cells) {
    const [, t, g] = String(id).split('-').map(Number);
    counts[t][g] = Number(count);
  }
  return counts;
}

test('the confusion matrix adds up to the test set and its diagonal is the accuracy', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByTestId('confusion-matrix')).toBeVisible();
  const counts = await shownCounts(page);
  const sum = counts.flat().reduce((a, b) => a + b, 0);
  const diagonal = counts.reduce((s, row, d) => s + row[d], 0);
  expect(sum).toBe(10_000);
  await expect(page.getByTestId('test-accuracy')).toHaveText(
    `${((diagonal / 10_000) * 100).toFixed(2)}%`,
  );
  await expect(page.getByTestId('confusion-diagonal')).toContainText(
    `${((diagonal / 10_000) * 100).toFixed(2)}%`,
  );

  // Every cell against the engine run here in Node on the original IDX files.
  const expected = Array.from({ length: 10 }, () => Array<number>(10).fill(0));
  for (let i = 0; i < testSet.count; i++) expected[testSet.labels[i]][engineGuesses[i]]++;
  expect(counts).toEqual(expected);
  const recall7 = Number(await page.getByTestId('confusion-recall-7').getAttribute('data-value'));
  expect(recall7).toBeCloseTo(expected[7][7] / expected[7].reduce((a, b) => a + b, 0), 12);
});

test('a cell shows exactly its digits, and a gallery digit goes to the network', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByTestId('confusion-matrix')).toBeVisible();
  // By default: the 24 most confident mistakes, all of them wrong, most confident first.
  const worst = page.locator('[data-testid^="gallery-digit-"]');
  await expect(worst).toHaveCount(24);
  const worstValues = await worst.evaluateAll((els) =>
    els.map((e) => [
      Number(e.getAttribute('data-true')),
      Number(e.getAttribute('data-guess')),
      Number(e.getAttribute('data-value')),
    ]),
  );
  for (const [t, g] of worstValues) expect(t).not.toBe(g);
  for (let k = 1; k < worstValues.length; k++)
    expect(worstValues[k][2]).toBeLessThanOrEqual(worstValues[k - 1][2]);

  // The largest off-diagonal cell, and a small one (they may be capped at 48 thumbnails).
  const counts = await shownCounts(page);
  const offDiagonal = counts
    .flatMap((row, t) => row.map((count, g) => ({ t, g, count })))
    .filter((c) => c.t !== c.g && c.count > 0)
    .sort((a, b) => b.count - a.count);
  for (const { t, g, count } of [offDiagonal[0], offDiagonal.at(-1)!]) {
    const cell = page.getByTestId(`confusion-${t}-${g}`);
    await expect(cell).toHaveAccessibleName(
      `${t} read as ${g}: ${count} ${count === 1 ? 'digit' : 'digits'}`,
    );
    await cell.click();
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('gallery-title')).toHaveText(new RegExp(`^${t} read as ${g}:`));
    const digits = page.locator('[data-testid^="gallery-digit-"]');
    await expect(digits).toHaveCount(Math.min(count, 48));
    const shown = await digits.evaluateAll((els) =>
      els.map((e) => ({
        index: Number(e.getAttribute('data-testid')!.split('-')[2]),
        t: Number(e.getAttribute('data-true')),
        g: Number(e.getAttribute('data-guess')),
        caption: e.textContent ?? '',
      })),
    );
    for (const d of shown) {
      expect([d.t, d.g]).toEqual([t, g]);
      expect(testSet.labels[d.index]).toBe(t);
      expect(engineGuesses[d.index]).toBe(g);
      expect(d.caption).toMatch(new RegExp(`^${t} → ${g} \\([0-9.e-]+\\)$`));
    }
    if (count > 48)
      await expect(page.getByTestId('gallery-more')).toHaveAttribute('data-value', `${count - 48}`);
    else await expect(page.getByTestId('gallery-more')).toHaveCount(0);
  }

  // A gallery digit becomes the network's input.
  const target = page.locator('[data-testid^="gallery-digit-"]').first();
  const index = (await target.getAttribute('data-testid'))!.split('-')[2];
  await target.click();
  await expect(page.getByTestId('input-digit')).toHaveAttribute('data-index', index);
  await expect(target).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('gallery-back').click();
  await expect(worst).toHaveCount(24);
  await expect(page.getByTestId('gallery-title')).toHaveText(/^The 24 worst of [\d,]+ mistakes$/);
});

test('training marks the counts as stale; pausing re-scores the matrix', async ({ page }) => {
  await openApp(page);
  const before = await shownCounts(page);
  const untrained = await shownOutputs(page);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('confusion-stale')).toBeVisible();
  await expect(page.getByTestId('training-stats')).toContainText('examples/s');
  await expect.poll(() => shownOutputs(page)).not.toEqual(untrained);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('confusion-stale')).toHaveCount(0);
  await expect.poll(() => shownCounts(page)).not.toEqual(before);
  // A scoring still in flight when Pause was pressed may land after the first one: read the
  // matrix and the accuracy together until both show the same scoring.
  await expect
    .poll(async () => {
      const after = await shownCounts(page);
      const diagonal = after.reduce((s, row, d) => s + row[d], 0);
      const shown = await page.getByTestId('test-accuracy').textContent();
      return {
        total: after.flat().reduce((a, b) => a + b, 0),
        diagonalMatchesAccuracy: shown === `${((diagonal / 10_000) * 100).toFixed(2)}%`,
      };
    })
    .toEqual({ total: 10_000, diagonalMatchesAccuracy: true });
});

test('while the test set is being scored it says so instead of drawing an empty grid', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByTestId('confusion-matrix')).toBeVisible();
  // A new model clears the guesses until the worker has scored it.
  await onTestHandle(page, ({ store }) => {
    const { model, modelId } = store.getState();
    if (!model) throw new Error('no model to set again');
    store.getState().setModel(model, modelId);
  });
  await expect(page.getByTestId('confusion-status')).toHaveText('Scoring the 10,000 test digits…');
  await expect(page.getByTestId('confusion-matrix')).toHaveCount(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  test(`screenshot at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const card = page.locator('.confusion-card');
    await page.getByTestId('confusion-4-9').click();
    await card.scrollIntoViewIfNeeded();
    // Nothing in the card may stick out of the card or the page.
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await card.screenshot({ path: `e2e/screenshots/confusion-${width}x${height}.png` });
    await page.screenshot({
      path: `test-results/dev-${process.env.E2E_DEV_PORT ?? 'build'}/confusion-page-${width}.png`,
      fullPage: true,
    });
  });
}
