import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { expectNoLatinWords } from './fixtures/latinWords';
import { openApp, openInChinese } from './fixtures/page';

/** The classroom screens besides the 1280×800 the walks run at. */
const CLASSROOM_SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * At each classroom size: whatever `arrange` redoes after the resize (a hover moves with the
 * layout), still no English, and a screenshot `zh-<name>-<w>x<h>.png`; then back to 1280×800.
 */
async function atClassroomSizes(
  page: Page,
  name: string,
  arrange: () => Promise<void>,
): Promise<void> {
  for (const size of CLASSROOM_SIZES) {
    await page.setViewportSize(size);
    await arrange();
    await expectNoLatinWords(page, `${name} at ${size.width}×${size.height}`);
    await page.screenshot({
      path: `e2e/screenshots/zh-${name}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await arrange();
}

test.describe('the main views in Chinese', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openInChinese(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('the explore page: idle, a neuron, a digit, drawing, correcting, training', async ({
    page,
  }) => {
    await expect(page).toHaveTitle('DeltaScope — 看神经网络如何学习');
    await expectNoLatinWords(page, 'idle');

    await page.getByTestId('neuron-1-4').hover();
    await expect(page.getByTestId('neuron-card')).toContainText('隐含层 1 的神经元 5');
    await expectNoLatinWords(page, 'hovering a hidden neuron');
    await page.screenshot({ path: 'e2e/screenshots/zh-explore.png', fullPage: true });
    await atClassroomSizes(page, 'explore', async () => {
      await page.getByTestId('neuron-1-4').hover();
      await expect(page.getByTestId('neuron-card')).toContainText('隐含层 1 的神经元 5');
    });
    await page.getByTestId('neuron-3-7').hover();
    await expect(page.getByTestId('neuron-card')).toContainText('来自隐含层 2 的最大贡献');
    await expectNoLatinWords(page, 'hovering an output neuron');

    await page.getByTestId('pick-misclassified').click();
    await expect(page.getByTestId('misclassified-note')).toBeVisible();
    await expectNoLatinWords(page, 'a misclassified test digit');

    await expect(page.getByTestId('confusion-matrix')).toBeVisible();
    await page.getByTestId('confusion-4-9').click();
    await expect(page.getByTestId('gallery-title')).toHaveText(/^4 被读成 9：/);
    await expectNoLatinWords(page, 'a confusion-matrix cell');

    await page.getByTestId('source-drawing').click();
    await writeDigit(page, 7, WRITINGS[0]);
    await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
    await page.getByRole('button', { name: '怎么得到的？' }).click();
    await expectNoLatinWords(page, 'after drawing a digit, with its preprocessing steps');

    await page.getByTestId('correct-label-1').click();
    await page.getByTestId('correct-run').click();
    await expect(page.getByTestId('correct-outcome')).toContainText('输出“1”');
    await expectNoLatinWords(page, 'after correcting the network');

    await page.getByTestId('batch-size').fill('abc');
    await page.getByTestId('batch-size').press('Enter');
    await expect(page.getByRole('alert')).toContainText('必须是 1 到');
    await expectNoLatinWords(page, 'a refused number');

    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('train-toggle')).toHaveText('暂停');
    await expect(page.getByTestId('training-stats')).toContainText('每秒');
    await expectNoLatinWords(page, 'while training');
    await page.getByTestId('train-toggle').click();
    await expect(page.getByTestId('train-toggle')).toHaveText('训练');
  });

  test('the backprop page at every step, with a hidden neuron selected', async ({ page }) => {
    await page.getByTestId('page-backprop').click();
    const label = page.getByTestId('step-label');
    await expect(label).toHaveText('前向传播：输入层 → 隐含层 1');
    await page.getByTestId('neuron-2-3').click();
    await expect(page.getByTestId('chain-rule-title')).toHaveText('隐含层 2 的神经元 4');
    for (let step = 1; step <= 13; step++) {
      await expect(page.locator('.step-count')).toHaveText(`第 ${step} 步，共 13 步`);
      await expectNoLatinWords(page, `step ${step}: ${await label.textContent()}`);
      if (step === 8) {
        await expect(label).toHaveText('隐含层 2 的 δ');
        await page.screenshot({ path: 'e2e/screenshots/zh-backprop.png', fullPage: true });
        await atClassroomSizes(page, 'backprop', async () => {
          await expect(label).toHaveText('隐含层 2 的 δ');
        });
      }
      if (step < 13) await page.getByTestId('step-next').click();
    }
    await page.getByTestId('nudge-run').click();
    await expect(page.getByTestId('nudge-chain')).not.toHaveText('');
    await page.getByTestId('edge-choice-0').click();
    await expect(page.getByTestId('chain-rule-title')).toHaveText(
      /^从隐含层 1 的神经元 \d+ 到隐含层 2/,
    );
    await expectNoLatinWords(page, 'an edge of the neuron, after a nudge');
  });
});

test('a refused file and a random network in Chinese, the engine’s own words marked English', async ({
  page,
}) => {
  await openInChinese(page);
  await page.getByTestId('model-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('this is not a model'),
  });
  const notice = page.getByTestId('notice').last();
  await expect(notice).toContainText('无法加载这个模型。当前模型保持不变。');
  const detail = notice.getByTestId('technical-detail');
  await expect(detail).toContainText('技术细节（英文）：');
  await expect(detail.locator('[lang="en"]')).toContainText('not valid JSON');
  await expectNoLatinWords(page, 'a refused model file');
  await page.screenshot({ path: 'e2e/screenshots/zh-refused-model.png' });

  // The network the reset button makes is named in Chinese too.
  await page.getByTestId('reset-random').click();
  await expect(page.getByTestId('model-select').locator('option:checked')).toHaveText(
    '随机权重（种子 1）',
  );
  await expectNoLatinWords(page, 'random weights');
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese, and switching to English brings English back', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.tagline')).toHaveText(/手写数字/);
    await page.getByTestId('page-backprop').click();
    await expect(page.getByTestId('step-label')).toHaveText('前向传播：输入层 → 隐含层 1');
    await page.getByTestId('language-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('step-label')).toHaveText('Forward: input → hidden layer 1');
    await expect(page.locator('.tagline')).toHaveText(
      'Watch a 784-16-16-10 network read handwritten digits, and learn.',
    );
    await expect(page).toHaveTitle('DeltaScope — watch a neural network learn');
  });
});
