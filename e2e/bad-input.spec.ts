import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, shownOutputs } from './fixtures/page';
import { readStore } from './fixtures/testHandle';

const model = readFileSync('public/models/3b1b.json', 'utf8');
const broken: [string, string, RegExp][] = [
  ['not JSON', 'this is not a model', /not valid JSON/],
  ['missing fields', JSON.stringify({ format: 'deltascope-model', version: 1 }), /"sizes"/],
  [
    'wrong shapes',
    model.replace('"sizes":[784,16,16,10]', '"sizes":[784,16,12,10]'),
    /"weights\[1\]" must hold 192 numbers/,
  ],
  [
    'NaN written as null',
    model.replace(/"biases":\[\[[-0-9.e]+/, '"biases":[[null'),
    /"biases\[0\]\[0\]" must be a finite number/,
  ],
  // Refused before it is read: parsing it would only stall the engine.
  ['30 MB', `[${'0.5,'.repeat(7_500_000)}0]`, /too large to be a model \(30 MB\)/],
];

test('a malformed model file gets a clear message and the current model stays', async ({
  page,
}) => {
  await openApp(page);
  const accuracy = await page.getByTestId('test-accuracy').textContent();
  const outputs = await shownOutputs(page);
  for (const [what, text, message] of broken) {
    await page.getByTestId('model-file').setInputFiles({
      name: `${what}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const notice = page.getByTestId('notice').last();
    await expect(notice, what).toContainText(message);
    await expect(notice).toContainText('The current model is unchanged');
    await expect(page.getByTestId('test-accuracy')).toHaveText(accuracy!);
    expect(await shownOutputs(page)).toEqual(outputs);
  }
  await page.screenshot({ path: 'test-results/bad-model.png' });
});

test('a learning rate that diverges pauses training with a message and no NaN on screen', async ({
  page,
}) => {
  await openApp(page);
  const field = page.getByTestId('learning-rate');
  await field.fill('100');
  await field.press('Enter');
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('notice').last()).toContainText(
    /Training diverged at learning rate 100/,
    { timeout: 60_000 },
  );
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  for (const v of await shownOutputs(page)) expect(Number.isFinite(v)).toBe(true);
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.screenshot({ path: 'test-results/diverged.png' });
});

test('absurd learning rates are refused at the input', async ({ page }) => {
  await openApp(page);
  const field = page.getByTestId('learning-rate');
  for (const bad of ['-1', 'fast', '1e9', '']) {
    await field.fill(bad);
    await field.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Learning rate η must be a number' }),
    ).toBeVisible();
  }
  const params = await readStore(page, (s) => s.params.learningRate);
  expect(params).toBe(1);
});
