import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { answerOnScreen, openApp, shownOutputs } from './fixtures/page';
import { engineSettled, onTestHandle } from './fixtures/testHandle';

const shipped = JSON.parse(readFileSync('public/models/index.json', 'utf8')) as {
  id: string;
  testAccuracy: number;
}[];

/** Fails the engine's worker the way a crash would (the test handle's crashEngine). */
async function crashEngine(page: Page): Promise<void> {
  await onTestHandle(page, (handle) => handle.crashEngine());
}

test('a crashed engine is restarted with the same weights, and says so', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('model-select').selectOption('best');
  await expect(page.getByTestId('test-accuracy')).toHaveText(
    `${((shipped.find((m) => m.id === 'best')?.testAccuracy ?? 0) * 100).toFixed(2)}%`,
  );
  const accuracy = await page.getByTestId('test-accuracy').textContent();
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 4, WRITINGS[1]);
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await answerOnScreen(page);
  const before = await shownOutputs(page);

  await crashEngine(page);
  await expect(page.getByTestId('notice').last()).toHaveText(
    /^The engine stopped unexpectedly and was restarted with the current weights\./,
  );
  // The same digit through the restored network: the very same outputs and test accuracy.
  await expect.poll(() => shownOutputs(page)).toEqual(before);
  await expect(page.getByTestId('test-accuracy')).toHaveText(accuracy ?? '');
  await expect(page.getByTestId('model-select')).toHaveValue('best');
  await page.screenshot({ path: 'e2e/screenshots/engine-restarted.png' });

  // And drawing goes on being classified.
  await page.getByTestId('clear-canvas').click();
  await expect(page.getByTestId('prediction')).toHaveText('–');
  await writeDigit(page, 7, WRITINGS[0]);
  await expect(page.getByTestId('prediction')).toHaveText('7');
});

test('training weights survive a crash, and training can go on', async ({ page }) => {
  await openApp(page);
  const untrained = await shownOutputs(page);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('training-stats')).toContainText('examples/s');
  await expect.poll(() => shownOutputs(page)).not.toEqual(untrained);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  await engineSettled(page);
  const trained = await shownOutputs(page);

  await crashEngine(page);
  await expect(page.getByTestId('notice').last()).toContainText('restarted');
  await expect.poll(() => shownOutputs(page)).toEqual(trained);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Pause');
  await expect.poll(async () => (await shownOutputs(page))[0]).not.toBe(trained[0]);
  await page.getByTestId('train-toggle').click();
});

test('a second crash right after a restart is not retried', async ({ page }) => {
  await openApp(page);
  await crashEngine(page);
  await crashEngine(page);
  await expect(page.getByTestId('notice').last()).toContainText('Reload the page');
});
