import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp } from './fixtures/page';
import { engineSettled, readStore } from './fixtures/testHandle';

/** The percentage a text like "95.16%" shows, as a number. */
const percentOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).textContent())?.replace('%', ''));

/** A checksum of the weights in the newest snapshot the page holds. */
const weightSum = (page: Page) =>
  readStore(page, (state) => {
    const weights = state.snapshot?.weights ?? [];
    return weights.reduce((s, w) => s + w.reduce((a, b) => a + b, 0), 0);
  });

test('a link starts from random weights: accuracy climbs from chance, and the history goes back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./?start=random&epochs=1');
  const accuracy = page.getByTestId('test-accuracy');
  // The random start trains one epoch (the link's epochs=1) and stops by itself.
  await expect(page.getByTestId('epoch-counter')).toHaveText('1.00 epochs · 55,000 examples seen', {
    timeout: 120_000,
  });
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  // From chance to past 85% in that epoch.
  await expect.poll(() => percentOf(page, 'test-accuracy')).toBeGreaterThan(85);
  await engineSettled(page);
  const latest = await accuracy.textContent();

  // The scrubber's first point is the random start, at about 10% (chance).
  const slider = page.getByTestId('history-slider');
  await expect(page.getByTestId('history-label')).toContainText('(the latest)');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('history-label')).toContainText(
    'The network after 0.00 epochs (0 examples)',
  );
  await expect(accuracy).toHaveText(/^\d+\.\d\d%$/);
  await expect.poll(() => percentOf(page, 'test-accuracy')).toBeLessThan(20);
  // The readouts agree: the point's label, the test accuracy and the confusion matrix's diagonal.
  const start = await page.getByTestId('history-accuracy').textContent();
  await expect(accuracy).toHaveText(start!);
  const diagonal = Number(await page.getByTestId('confusion-diagonal').getAttribute('data-value'));
  expect(`${(diagonal * 100).toFixed(2)}%`).toBe(start);
  await expect(page.getByTestId('epoch-counter')).toHaveText('0.00 epochs · 0 examples seen');
  await expect(page.locator('.history-note')).toContainText('drops the later points');
  await page.screenshot({ path: 'test-results/history-start.png' });

  // Stepping on through the run: the second point is 1,000 or a few more examples in. The first
  // thousand may still sit near chance; three points further on, the network is far past it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('history-label')).toContainText(
    /after 0\.0\d epochs \(1,\d{3} examples\)/,
  );
  // Each step restores that point's weights before the next key moves on.
  for (let point = 2; point <= 4; point += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('history-label')).toHaveAttribute('data-index', String(point));
  }
  await expect
    .poll(() => percentOf(page, 'test-accuracy'))
    .toBeGreaterThan(Number(start!.replace('%', '')) + 20);
  // And back to the latest: exactly the accuracy the run ended with.
  await page.keyboard.press('End');
  await expect(accuracy).toHaveText(latest!);
  await expect(page.getByTestId('history-label')).toContainText('(the latest)');
});

test('a bad start value in a link is named, and the shipped network stays', async ({ page }) => {
  await page.goto('./?start=trained');
  await expect(page.getByRole('alert')).toContainText('start (only "random")');
  await expect(page.getByTestId('test-accuracy')).toHaveText(/^\d+\.\d\d%$/);
  await expect(page.getByTestId('model-select')).toHaveValue('3b1b');
  await expect(page.getByTestId('epoch-counter')).toHaveText('0.00 epochs · 0 examples seen');
});

test('Correct me says what it changed, and Undo puts back the exact weights', async ({ page }) => {
  await openApp(page);
  const shipped = await page.getByTestId('test-accuracy').textContent();
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 3, WRITINGS[0]);
  await engineSettled(page);
  const weights = await weightSum(page);
  await page.getByTestId('correct-label-8').click();
  await page.getByTestId('correct-run').click();
  await expect(page.getByTestId('correct-change')).toContainText(
    'This changed the network: trained on your drawing labelled 8, 10 steps; test accuracy',
  );
  await expect(page.getByTestId('correct-accuracy-before')).toHaveText(shipped!);
  const after = page.getByTestId('correct-accuracy-after');
  await expect(after).toHaveText(/^\d+\.\d\d%$/);
  await expect(page.getByTestId('test-accuracy')).toHaveText((await after.textContent())!);
  expect(await after.textContent()).not.toBe(shipped);
  await page.screenshot({ path: 'test-results/correct-change.png' });

  await page.getByTestId('correct-undo').click();
  await expect(page.getByTestId('correct-undone')).toContainText(`test accuracy ${shipped}.`);
  await expect(page.getByTestId('test-accuracy')).toHaveText(shipped!);
  expect(await weightSum(page)).toBe(weights);
  await expect(page.getByTestId('correct-undo')).toHaveCount(0);
});
