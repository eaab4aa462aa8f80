import { expect, test } from '@playwright/test';
import { startBall, stepBall } from '../src/descent/curve';
import { expectNoLatinWords } from './fixtures/latinWords';
import { openInChinese } from './fixtures/page';

const SHOTS = 'e2e/screenshots';

test.use({ viewport: { width: 1280, height: 800 } });

test('the chain-rule lab speaks Chinese on every sub-tab', async ({ page }) => {
  await openInChinese(page);
  await page.getByTestId('page-lab').click();

  await expect(page.getByTestId('lab-tab-chain')).toHaveText('每层一个神经元');
  await expect(page.getByTestId('chain-lab')).toContainText('链式法则');
  await page.getByTestId('chain-descent-step').click();
  await expect(page.getByTestId('chain-descent-steps')).toHaveText('1');
  await page.getByTestId('chain-marker-w3').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('chain-drag')).toContainText('你的微调');
  await expectNoLatinWords(page, 'chain');
  await page.screenshot({ path: `${SHOTS}/zh-lab-chain.png`, fullPage: true });

  await page.getByTestId('lab-tab-worked').click();
  await expect(page.getByTestId('worked')).toContainText('反向传播');
  await page.getByTestId('worked-value-grad-w5').click();
  const derivation = page.getByTestId('worked-derivation-grad-w5');
  await expect(derivation).toContainText('链式法则');
  await expect(derivation).toContainText('由这些数算出');
  await page.getByTestId('worked-run-10000').click();
  await expect(page.getByTestId('worked-classic-10000')).toContainText('经典手算');
  await expectNoLatinWords(page, 'worked');
  await page.getByTestId('worked-bias-updated').click();
  await expect(page.getByTestId('worked-section-biases')).toContainText('偏置（也更新）');
  await expectNoLatinWords(page, 'worked, biases updated');
  await page.getByTestId('worked-bias-fixed').click();
  await page.getByTestId('worked-value-out-o1').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/zh-lab-worked.png` });

  await page.getByTestId('lab-tab-graph').click();
  await expect(page.getByTestId('graph-preset-shopping')).toHaveText('购物：苹果 × 税');
  await expect(page.getByTestId('graph-expression')).toHaveValue('苹果 * 个数 * 税率');
  await expect(page.getByTestId('graph-output')).toHaveText('220');
  await expectNoLatinWords(page, 'graph, forward pass');
  for (let i = 0; i < 3; i++) await page.getByTestId('graph-step-next').click();
  await expect(page.getByTestId('graph-step-counter')).toHaveText('反向传播第 3 步，共 5 步');
  await expect(page.getByTestId('graph-input-grad-税率')).toHaveText('∂输出/∂税率 = 200');
  await expectNoLatinWords(page, 'graph, three steps back');
  await page.getByTestId('graph-preset-squared-error').click();
  await page.getByTestId('graph-step-all').click();
  await expectNoLatinWords(page, 'graph, squared error');
  await page.getByTestId('graph-expression').fill('指数(x) +');
  await page.getByTestId('graph-build').click();
  await expect(page.getByTestId('graph-expression-error')).toHaveText(
    '表达式提前结束了：这里应当是数、名字或“(”。',
  );
  await expectNoLatinWords(page, 'graph, refused expression');
  await page.screenshot({ path: `${SHOTS}/zh-lab-graph.png`, fullPage: true });

  await page.getByTestId('lab-tab-jacobian').click();
  await page.getByTestId('jacobian-preset-saturated-wrong').click();
  await page.getByTestId('jacobian-softmax-cell-2-1').hover();
  await expect(page.getByTestId('jacobian-softmax-nudge')).toContainText('比值为');
  await expectNoLatinWords(page, 'jacobian');
  await page.screenshot({ path: `${SHOTS}/zh-lab-jacobian.png`, fullPage: true });
});

test('the gradient-descent page speaks Chinese, a diverging rate included', async ({ page }) => {
  await openInChinese(page);
  await page.getByTestId('page-descent').click();
  await expect(page.getByTestId('descent-page')).toContainText('滚下山坡');
  await expect(page.getByTestId('descent-surface-cost')).toBeVisible();

  await page.getByTestId('descent-several').check();
  for (let i = 0; i < 3; i++) await page.getByTestId('descent-step').click();
  await expect(page.getByTestId('descent-message')).toContainText('下坡');
  await page.getByTestId('descent2d-step').click();
  await expect(page.getByTestId('descent2d-steps')).toHaveAttribute('data-value', '1');
  await expectNoLatinWords(page, 'descent');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/zh-descent.png` });

  await page.getByTestId('descent-rate').fill('150');
  await page.getByTestId('descent-reset').click();
  // The ball is seen overshooting for a few steps before it leaves the plot for good.
  const shown = async (testId: string) =>
    Number(await page.getByTestId(testId).getAttribute('data-value'));
  // The slider is logarithmic: 150 is η = 10^1.5.
  const rate = await shown('descent-rate-value');
  let ball = startBall(await shown('descent-x'));
  for (let taken = 1; ; taken++) {
    ball = stepBall(ball, rate);
    await page.getByTestId('descent-step').click();
    if (ball.status === 'diverged') break;
    await expect(page.getByTestId('descent-steps')).toHaveText(String(taken));
  }
  await expect(page.getByTestId('descent-message')).toHaveAttribute('data-status', 'diverged');
  await expect(page.getByTestId('descent-message')).toContainText('发散');
  await page.getByTestId('descent2d-rate').fill('0');
  await page.getByTestId('descent2d-run').click();
  await expect(page.getByTestId('descent2d-diverged')).toContainText('发散');
  await page.getByTestId('descent-surface-w1-k').fill('1');
  await page.getByTestId('descent-surface-w1-k').press('Enter');
  await page.getByTestId('descent-surface-w2-k').fill('1');
  await page.getByTestId('descent-surface-w2-k').press('Enter');
  await expectNoLatinWords(page, 'descent, diverged');
  await page.screenshot({ path: `${SHOTS}/zh-descent-diverged.png`, fullPage: true });
});
