import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp } from './fixtures/page';
import { engineSettled, readStore } from './fixtures/testHandle';
import { overflowing } from './fixtures/projector';
import { shownFixed } from '../src/math/shownNumber';

/** A tex line's result as the live panel holds it (full precision, in data-value). */
async function liveValue(page: Page, testId: string): Promise<number> {
  const line = page.getByTestId('live-chain-rule').getByTestId(testId);
  return Number(await line.getAttribute('data-value'));
}

/** The live z and a, rounded as the neuron card prints them, next to the card's own. */
async function liveAgainstCard(page: Page): Promise<string[][]> {
  return [
    [
      shownFixed(await liveValue(page, 'chain-rule-z'), 3),
      shownFixed(await liveValue(page, 'chain-rule-a'), 3),
    ],
    [
      (await page.getByTestId('neuron-card-z').textContent()) ?? '',
      (await page.getByTestId('neuron-card-a').textContent()) ?? '',
    ],
  ];
}

/**
 * Waits until the live panel has traced the newest weights the page holds: it follows training
 * a few times a second, so right after a pause it may still show an earlier snapshot.
 */
async function expectNewestWeights(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const newest = await readStore(page, (s) => s.snapshot?.weightsVersion);
      const traced = await page.getByTestId('live-chain-rule').getAttribute('data-weights-version');
      return traced === String(newest) ? 'newest' : `traced ${traced}, newest ${newest}`;
    })
    .toBe('newest');
}

async function expectCardNumbers(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const [live, card] = await liveAgainstCard(page);
      return live.join(' ') === card.join(' ') ? 'same' : `${live} ≠ ${card}`;
    })
    .toBe('same');
}

test('hovering a neuron shows its chain rule with the live numbers, following training', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const panel = page.getByTestId('live-chain-rule');
  // Nothing pointed at: beside the network stands the training, not an empty chain rule.
  await expect(page.getByTestId('train-toggle')).toBeVisible();
  await expect(panel).toHaveCount(0);

  await page.getByTestId('pick-label-3').click();
  await expect(page.getByTestId('input-digit')).toHaveAttribute('aria-label', /, a 3$/);
  await page.getByTestId('neuron-2-5').hover();
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('Hidden layer 2, neuron 6');
  await expect(page.getByTestId('neuron-card')).toContainText('Hidden layer 2, neuron 6');
  await expectCardNumbers(page);
  // An MNIST digit brings its label: the backward pass runs down to the bias's gradient.
  await expect(panel).toContainText('Backward pass, target digit 3');
  await expect(panel.getByTestId('chain-rule-dCdb')).toHaveAttribute('data-value', /\d/);
  await expect(panel.getByTestId('chain-rule-updated')).toHaveCount(0);
  expect(await overflowing(page)).toEqual([]);
  const bottom = await panel.evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({
    path: 'e2e/screenshots/live-chain-rule-1920x1080.png',
    fullPage: true,
    clip: { x: 0, y: 0, width: 1920, height: Math.ceil(bottom) + 14 },
  });

  // Another neuron: another title and its own numbers.
  await page.getByTestId('neuron-3-3').hover();
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('Output neuron “3”');
  await expectCardNumbers(page);

  // Selected, the neuron stays in focus while the pointer goes to the train button.
  await page.getByTestId('neuron-1-4').click();
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('Hidden layer 1, neuron 5');
  const before = await liveValue(page, 'chain-rule-dCdb');
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Pause');
  await expect.poll(() => liveValue(page, 'chain-rule-dCdb')).not.toBe(before);
  const during = await liveValue(page, 'chain-rule-z');
  await expect.poll(() => liveValue(page, 'chain-rule-z')).not.toBe(during);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
  // Paused, the panel settles on the weights the neuron card shows.
  await engineSettled(page);
  await expectNewestWeights(page);
  await expectCardNumbers(page);
  const paused = await liveValue(page, 'chain-rule-z');
  await engineSettled(page);
  await engineSettled(page);
  await expectNewestWeights(page);
  await expectCardNumbers(page);
  expect(await liveValue(page, 'chain-rule-z')).toBe(paused);
});

test('a drawing shows the forward pass until the user says which digit it is', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 2, WRITINGS[0]);
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await page.getByTestId('neuron-1-0').click();
  const panel = page.getByTestId('live-chain-rule');
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('Hidden layer 1, neuron 1');
  await expect(page.getByTestId('live-needs-label')).toHaveText(
    'The gradient needs a label: which digit did you draw?',
  );
  await expect(panel.getByTestId('chain-rule-z')).toBeVisible();
  await expect(panel.getByTestId('chain-rule-dCdb')).toHaveCount(0);
  await expectCardNumbers(page);

  await page.getByTestId('live-label-2').click();
  await expect(page.getByTestId('live-label-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toContainText('Backward pass, target digit 2');
  await expect(panel.getByTestId('chain-rule-dCdb')).toHaveAttribute('data-value', /\d/);
  await expect(page.getByTestId('live-needs-label')).toHaveCount(0);
  expect(await overflowing(page)).toEqual([]);
  await panel.screenshot({ path: 'e2e/screenshots/live-chain-rule-drawing-1280x800.png' });

  await page.getByTestId('language-zh').click();
  await expect(panel).toContainText('反向传播，目标数字 2');
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('隐含层 1 的神经元 1');
});
