import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp, shownOutputs } from './fixtures/page';
import { engineSettled, readStore } from './fixtures/testHandle';

/** A checksum of the weights in the newest snapshot the page holds. */
const weightSum = (page: import('@playwright/test').Page) =>
  readStore(page, (state) => {
    const weights = state.snapshot?.weights ?? [];
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
  await expect(page.locator('.model-panel')).toContainText('pause to score again');
  await expect.poll(async () => (await shownOutputs(page))[0]).not.toBe(before[0]);
  await page.screenshot({ path: 'test-results/training.png' });
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  await expect(page.locator('.model-panel')).not.toContainText('pause to score again');
  await engineSettled(page);
  const paused = await weightSum(page);
  // Round trips through the engine: a run still going would have trained between them.
  await engineSettled(page);
  await engineSettled(page);
  expect(await weightSum(page)).toBe(paused);
  await page.getByTestId('train-step').click();
  await expect.poll(() => weightSum(page)).not.toBe(paused);
});

test('from random weights, the first epoch reaches 90% validation accuracy as the curves grow', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await page.getByTestId('reset-random').click();
  await expect(page.getByTestId('training-stats')).toHaveText('Not trained yet in this session.');
  await page.getByTestId('train-toggle').click();
  const curves = page.locator('.curves');
  await expect
    .poll(async () => Number(await curves.getAttribute('data-points')))
    .toBeGreaterThan(5);
  const weightImagesEarly = await page.getByTestId('weight-image-0').screenshot();
  const early = Number(await curves.getAttribute('data-points'));
  // Validation is measured every 10,000 examples; an epoch is 55,000. The accuracy chart marks
  // each measurement: one within the first epoch must reach 90%.
  const firstEpochBest = async () => {
    const marks = await page.getByTestId('curve-accuracy').locator('circle').all();
    let best = 0;
    for (const mark of marks) {
      const examples = Number(await mark.getAttribute('data-examples'));
      if (examples <= 55_000) best = Math.max(best, Number(await mark.getAttribute('data-value')));
    }
    return best;
  };
  await expect.poll(firstEpochBest, { timeout: 180_000 }).toBeGreaterThanOrEqual(0.9);
  await expect
    .poll(async () => Number(await curves.getAttribute('data-points')))
    .toBeGreaterThan(early);
  // The first-layer weight images visibly change as the network learns.
  expect(await page.getByTestId('weight-image-0').screenshot()).not.toEqual(weightImagesEarly);
  await page.screenshot({ path: 'e2e/screenshots/training-1920x1080-mid.png' });
  await page.getByTestId('train-toggle').click();
  // Pausing scores the test set again: the matrix describes the weights reached so far.
  const card = page.locator('.confusion-card');
  await expect
    .poll(async () =>
      Number(await page.getByTestId('confusion-diagonal').getAttribute('data-value')),
    )
    .toBeGreaterThanOrEqual(0.85);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: 'e2e/screenshots/confusion-mid-training-1920x1080.png' });
});

test('a new architecture rebuilds the view, and absurd sizes are refused at the input', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('hidden-layers').fill('3');
  await page.getByTestId('hidden-layers').press('Enter');
  await page.getByTestId('hidden-width-3').fill('1000000');
  await page.getByTestId('hidden-width-3').press('Enter');
  await expect(page.getByRole('alert')).toContainText('from 1 to 128');
  await page.getByTestId('hidden-width-3').fill('12');
  await page.getByTestId('hidden-width-3').press('Enter');
  await page.getByTestId('hidden-layers').fill('abc');
  await page.getByTestId('hidden-layers').press('Enter');
  await expect(page.getByRole('alert')).toContainText('whole number from 0 to 3');
  await page.getByTestId('hidden-layers').fill('3');
  await page.getByTestId('hidden-layers').press('Enter');
  await page.getByTestId('hidden-activation').selectOption('relu');
  await page.getByTestId('output-cost').selectOption('softmax-cross-entropy');
  await page.getByTestId('build-network').click();
  await expect(page.getByText('Network 784-16-16-12-10')).toBeVisible();
  await expect(page.getByTestId('neuron-3-11')).toBeVisible();
  await expect(page.getByTestId('neuron-4-9')).toBeVisible();
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('training-stats')).toContainText('examples/s');
  await page.getByTestId('train-toggle').click();
});

test('reset brings back the seed’s exact weights; one epoch stops where the epoch ends', async ({
  page,
}) => {
  await openApp(page);
  const shipped = await weightSum(page);
  await page.getByTestId('reset-random').click();
  await expect.poll(() => weightSum(page)).not.toBe(shipped);
  const seeded = await weightSum(page);
  await page.getByTestId('train-epoch').click();
  await expect(page.getByTestId('training-stats')).toContainText(
    /^epoch 2 · 0 \/ 55,000 examples/,
    {
      timeout: 120_000,
    },
  );
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  expect(await weightSum(page)).not.toBe(seeded);
  await page.getByTestId('reset-random').click();
  await expect.poll(() => weightSum(page)).toBe(seeded);
});

test('correct me: a few steps on the drawing with the label the user gives', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 3, WRITINGS[0]);
  await expect(page.getByTestId('prediction')).toHaveText('3');
  const before = (await shownOutputs(page))[8];
  await page.getByTestId('correct-label-8').click();
  await page.getByTestId('correct-run').click();
  const outcome = page.getByTestId('correct-outcome');
  await expect(outcome).toContainText('Output “8”');
  const after = Number(await outcome.getAttribute('data-value'));
  expect(after).toBeGreaterThan(before);
  await expect.poll(async () => (await shownOutputs(page))[8]).toBeCloseTo(after, 6);
  await page.screenshot({ path: 'test-results/correct-me.png' });
});

test('the learning rate has a log slider; Train stops by itself after the epochs asked for', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('learning-rate-slider').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('learning-rate')).toHaveValue('2');
  await page.getByTestId('epochs').fill('1');
  await page.getByTestId('epochs').press('Enter');
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('training-stats')).toContainText(
    /^epoch 2 · 0 \/ 55,000 examples/,
    {
      timeout: 120_000,
    },
  );
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
});
