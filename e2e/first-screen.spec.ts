import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readMnist } from '../scripts/mnist-idx';
import { digitInput } from '../src/engine/dataset';
import { forward } from '../src/engine/network';
import { parseNetwork } from '../src/engine/serialize';
import { createSgd } from '../src/engine/sgd';
import { openApp, shownOutputs } from './fixtures/page';

const testSet = readMnist('test');
const { net } = parseNetwork(readFileSync('public/models/3b1b.json', 'utf8'));

test('the first screen shows the engine’s outputs for a real test digit', async ({ page }) => {
  await openApp(page);
  const index = Number(await page.getByTestId('input-digit').getAttribute('data-index'));
  const expected = forward(net, digitInput(testSet, index)).a[3];
  const shown = await shownOutputs(page);
  shown.forEach((v, d) => expect(v).toBeCloseTo(expected[d], 12));
  const best = expected.indexOf(Math.max(...expected));
  await expect(page.getByTestId('prediction')).toHaveText(String(best));

  const score = createSgd(net, 100).evaluate(testSet);
  await expect(page.getByTestId('test-accuracy')).toHaveText(
    `${((score.correct / score.count) * 100).toFixed(2)}%`,
  );
  await page.screenshot({ path: 'test-results/first-screen.png' });
});

test('another digit updates the outputs to match the engine', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next digit', exact: true }).click();
  await expect(page.getByTestId('input-digit')).toHaveAttribute('data-index', '1');
  const expected = forward(net, digitInput(testSet, 1)).a[3];
  await expect.poll(async () => (await shownOutputs(page))[0]).toBeCloseTo(expected[0], 12);
  const shown = await shownOutputs(page);
  shown.forEach((v, d) => expect(v).toBeCloseTo(expected[d], 12));
});

test('sample digits: by label, and the ones the model gets wrong', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('pick-label-3').click();
  const index = Number(await page.getByTestId('input-digit').getAttribute('data-index'));
  expect(testSet.labels[index]).toBe(3);
  await page.getByTestId('pick-misclassified').click();
  const wrong = Number(await page.getByTestId('input-digit').getAttribute('data-index'));
  const guess = forward(net, digitInput(testSet, wrong)).a[3];
  expect(guess.indexOf(Math.max(...guess))).not.toBe(testSet.labels[wrong]);
  await expect(page.getByTestId('misclassified-note')).toBeVisible();
  await expect(page.getByTestId('prediction')).not.toHaveText(String(testSet.labels[wrong]));
});
