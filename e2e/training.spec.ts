import { expect, test } from '@playwright/test';
import { openApp, shownOutputs } from './fixtures/page';

/** A checksum of the weights in the newest snapshot the page holds. */
const weightSum = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const handle = (
      window as unknown as {
        __deltascope: { store: { getState(): { snapshot: { weights: Float64Array[] } | null } } };
      }
    ).__deltascope;
    const weights = handle.store.getState().snapshot?.weights ?? [];
    return weights.reduce((s, w) => s + w.reduce((a, b) => a + b, 0), 0);
  });

test('training loads the training set, streams progress and really stops on pause', async ({
  page,
}) => {
  await openApp(page);
  const before = await shownOutputs(page);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Pause');
  await expect(page.getByTestId('training-stats')).toContainText('examples/s');
  await expect.poll(async () => (await shownOutputs(page))[0]).not.toBe(before[0]);
  await page.screenshot({ path: 'test-results/training.png' });
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  await page.waitForTimeout(300);
  const paused = await weightSum(page);
  await page.waitForTimeout(1000);
  expect(await weightSum(page)).toBe(paused);
  await page.getByTestId('train-step').click();
  await expect.poll(() => weightSum(page)).not.toBe(paused);
});
