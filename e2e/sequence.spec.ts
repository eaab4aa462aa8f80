import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';

/** Waits until the readings on screen are of the digit on screen. */
const readingCurrent = (page: Page) =>
  expect(page.getByTestId('seq-reading')).toHaveAttribute('aria-busy', 'false');

const valueOf = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

test('the LSTM reads test digit 0 row by row, from its shipped model measured on the test set', async ({
  page,
}) => {
  await page.goto('./?page=sequence&cell=lstm');
  await expect(page.getByTestId('draw-canvas')).toBeVisible();
  await expect(page.getByTestId('seq-cell-lstm')).toHaveAttribute('aria-selected', 'true');
  await readingCurrent(page);
  // Test digit #0 is a 7.
  await expect(page.getByTestId('seq-prediction')).toHaveText('7');
  const accuracy = page.getByTestId('seq-test-accuracy');
  await expect(accuracy).toHaveText(/^\d+\.\d\d%$/);
  // The figure the page shows is measured by the page's own worker on the 10,000 test digits.
  await expect(accuracy).toHaveAttribute('data-measured', 'true', { timeout: 90_000 });
  expect(Number((await accuracy.textContent())!.replace('%', ''))).toBeGreaterThanOrEqual(97);
});

test('the vanilla RNN loses more of the error going back than the LSTM, as the page measures it', async ({
  page,
}) => {
  await page.goto('./?page=sequence&cell=rnn');
  await readingCurrent(page);
  await expect(page.getByTestId('seq-flow-ratio-lstm')).not.toHaveAttribute('data-value', '');
  await expect(page.getByTestId('seq-flow-ratio-rnn')).not.toHaveAttribute('data-value', '');
  const rnn = await valueOf(page, 'seq-flow-ratio-rnn');
  const lstm = await valueOf(page, 'seq-flow-ratio-lstm');
  expect(rnn).toBeLessThan(lstm);
  // The chosen cell's bars carry the same norms: their ratio is the table's.
  await expect(page.getByTestId('seq-grad-norm-28')).not.toHaveAttribute('data-value', '');
  const first = await valueOf(page, 'seq-grad-norm-1');
  const last = await valueOf(page, 'seq-grad-norm-28');
  expect(first / last).toBeCloseTo(rnn, 12);
  // An untrained LSTM keeps more of the error with its forget gate starting open.
  await expect(page.getByTestId('seq-forget-ratio-2')).toBeVisible();
  expect(await valueOf(page, 'seq-forget-ratio-2')).toBeGreaterThan(
    await valueOf(page, 'seq-forget-ratio-0'),
  );
});

test('scaling U of the trained RNN scales σ_max, and a smaller U lets less error back', async ({
  page,
}) => {
  await page.goto('./?page=sequence&cell=rnn');
  await readingCurrent(page);
  const sigma = page.getByTestId('seq-sigma-max');
  await expect(sigma).not.toHaveAttribute('data-value', '');
  const trained = await valueOf(page, 'seq-sigma-max');
  const trainedRatio = await valueOf(page, 'seq-scaled-ratio');
  await page.getByTestId('seq-rnn-scale').focus();
  await page.keyboard.press('Home');
  await expect(sigma).toContainText('below 1');
  await expect.poll(() => valueOf(page, 'seq-sigma-max')).toBeCloseTo(trained / 4, 6);
  expect(await valueOf(page, 'seq-scaled-ratio')).toBeLessThan(trainedRatio);
});

test('the timeline reads forward row by row, then walks back through time with live formulas', async ({
  page,
}) => {
  await page.goto('./?page=sequence&cell=gru&seqstep=27');
  await readingCurrent(page);
  const label = page.getByTestId('seq-bptt-label');
  await expect(label).toContainText('reading row 27 of 28');
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.getByTestId('seq-bptt-next').click();
    await expect(page.getByTestId('seq-chain-rule').locator('.katex').first()).toBeVisible();
    seen.add((await label.textContent()) ?? '');
  }
  expect(seen.size).toBe(12);
  // Row 27, row 28, then eleven steps back from 28: position 39 of 56, at step 18.
  await expect(label).toContainText('39 / 56 Backpropagation through time: ∂L/∂h at step 18');
  await expect(page).toHaveURL(/seqstep=39/);
  await page.getByTestId('seq-bptt-prev').click();
  await expect(label).toContainText('∂L/∂h at step 19');
});

test('a digit drawn with the mouse is read right by the LSTM', async ({ page }) => {
  await page.goto('./?page=sequence&cell=lstm');
  await readingCurrent(page);
  for (const digit of [0, 3, 7]) {
    await page.getByTestId('clear-canvas').click();
    await writeDigit(page, digit, WRITINGS[0]);
    await readingCurrent(page);
    await expect(page.getByTestId('seq-prediction')).toHaveText(String(digit));
  }
});

test('the page speaks Chinese with the notes’ terms', async ({ page }) => {
  await page.goto('./?page=sequence&lang=zh');
  await readingCurrent(page);
  await expect(page.getByRole('tab', { name: '循环神经网络' })).toBeVisible();
  await expect(page.getByText('梯度消失与梯度爆炸：实测')).toBeVisible();
  await expect(page.getByTestId('seq-bptt-label')).toContainText('前向');
});

test('long memory, trained live: the LSTM carries a digit across 100 blank rows, the vanilla RNN cannot', async ({
  page,
}) => {
  test.setTimeout(480_000);
  await page.goto('./?page=sequence');
  await readingCurrent(page);
  const progress = page.getByTestId('seq-long-progress');
  const train = page.getByTestId('seq-long-train');
  const trainCell = async (cell: string) => {
    await page.getByTestId(`seq-long-cell-${cell}`).click();
    await train.click();
    await expect(train).toHaveText('Stop');
    // The run streams its progress, then stops by itself at its budget, scored on 1,000 digits.
    await expect(progress).toContainText('examples · held-out accuracy');
    await expect(train).toHaveText('Train', { timeout: 400_000 });
    await expect(progress).toContainText('19,200 of 19,200 examples');
    return Number(await progress.getAttribute('data-value'));
  };
  await expect(page.getByTestId('seq-long-delay')).toHaveValue('100');
  const lstm = await trainCell('lstm');
  const rnn = await trainCell('rnn');
  expect(lstm).toBeGreaterThan(0.7);
  expect(rnn).toBeLessThan(0.3);
  await page.locator('.seq-long').screenshot({ path: 'test-results/long-memory.png' });
});
