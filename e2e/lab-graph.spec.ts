import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures/page';

async function openGraphLab(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('page-lab').click();
  await page.getByTestId('lab-tab-graph').click();
  await expect(page.getByTestId('graph-output')).toBeVisible();
}

/** The full-precision number behind a shown value. */
async function shown(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

async function expectShown(page: Page, testId: string, value: number, text: string) {
  await expect(page.getByTestId(testId)).toHaveText(text);
  expect(await shown(page, testId)).toBeCloseTo(value, 10);
}

async function setInput(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByTestId(`graph-input-${name}`);
  await field.fill(value);
  await field.press('Enter');
}

async function buildExpression(page: Page, text: string): Promise<void> {
  await page.getByTestId('graph-expression').fill(text);
  await page.getByTestId('graph-build').click();
}

// Shopping graph node ids: 0 apple, 1 count, 2 apple × count, 3 tax, 4 price.
test('the shopping bill: 220, then gradients 1.1 and 200, then 2.2 and 110', async ({ page }) => {
  await openGraphLab(page);
  await expectShown(page, 'graph-output', 220, '220');
  await expect(page.getByTestId('graph-step-counter')).toHaveText('Backward step 0 of 5');
  await expect(page.locator('[data-testid^="graph-edge-grad-"]')).toHaveCount(0);

  await page.getByTestId('graph-step-next').click();
  await expectShown(page, 'graph-node-grad-4', 1, 'grad 1');
  await expectShown(page, 'graph-edge-grad-2-4-0', 1.1, '1.1');
  await expectShown(page, 'graph-edge-grad-3-4-1', 200, '200');
  await expect(page.getByTestId('graph-rule')).toContainText('dz=1');

  await page.getByTestId('graph-step-next').click();
  await expectShown(page, 'graph-node-grad-2', 1.1, 'grad 1.1');
  await expectShown(page, 'graph-edge-grad-0-2-0', 2.2, '2.2');
  await expectShown(page, 'graph-edge-grad-1-2-1', 110, '110');
  await expect(page.getByTestId('graph-step-story')).toContainText(
    'It sends back 2.2 to apple and 110 to count.',
  );
  await page.screenshot({ path: 'test-results/dev-5203/lab-graph-step2.png', fullPage: true });

  await page.getByTestId('graph-step-all').click();
  await expectShown(page, 'graph-input-grad-apple', 2.2, '∂out/∂apple = 2.2');
  await expectShown(page, 'graph-input-grad-count', 110, '∂out/∂count = 110');
  await expectShown(page, 'graph-input-grad-tax', 200, '∂out/∂tax = 200');
  await expect(page.getByTestId('graph-step-next')).toBeDisabled();
  // Each input's gradient goes by its own name, in the picture and in the last step's rule.
  await expectShown(page, 'graph-node-grad-0', 2.2, 'd apple = 2.2');
  await expectShown(page, 'graph-node-grad-1', 110, 'd count = 110');
  await expectShown(page, 'graph-node-grad-3', 200, 'd tax = 200');
  await expect(page.getByTestId('graph-rule')).not.toContainText('dz');
  await page.getByTestId('language-zh').click();
  await expect(page.getByTestId('graph-node-grad-3')).toContainText('= 200');
  await expect(page.getByTestId('graph-node-grad-3')).toHaveText(/^d\S+ = 200$/);
});

test('editing an input updates the values, and stepping back hides gradients again', async ({
  page,
}) => {
  await openGraphLab(page);
  await setInput(page, 'apple', '150');
  await expectShown(page, 'graph-output', 330, '330');
  await expectShown(page, 'graph-node-2', 300, '×300');

  await page.getByTestId('graph-step-all').click();
  await expectShown(page, 'graph-input-grad-apple', 2.2, '∂out/∂apple = 2.2');
  await expectShown(page, 'graph-input-grad-count', 165, '∂out/∂count = 165');
  await expectShown(page, 'graph-input-grad-tax', 300, '∂out/∂tax = 300');

  // Editing mid-walk keeps the step and recomputes what is shown.
  await setInput(page, 'tax', '1.5');
  await expectShown(page, 'graph-input-grad-count', 225, '∂out/∂count = 225');
  await expectShown(page, 'graph-edge-grad-2-4-0', 1.5, '1.5');

  await page.getByTestId('graph-step-prev').click();
  await page.getByTestId('graph-step-prev').click();
  await page.getByTestId('graph-step-prev').click();
  await expect(page.getByTestId('graph-step-counter')).toHaveText('Backward step 2 of 5');
  await expect(page.getByTestId('graph-input-grad-tax')).toHaveText('∂out/∂tax = ?');
  await expectShown(page, 'graph-edge-grad-1-2-1', 225, '225');
  await page.getByTestId('graph-step-prev').click();
  await expect(page.getByTestId('graph-edge-grad-1-2-1')).toHaveCount(0);
  await page.getByTestId('graph-step-reset').click();
  await expect(page.locator('[data-testid^="graph-edge-grad-"]')).toHaveCount(0);
});

test('an input used twice collects the sum of its gradients', async ({ page }) => {
  await openGraphLab(page);
  await buildExpression(page, 'x * x');
  await setInput(page, 'x', '3');
  await expectShown(page, 'graph-output', 9, '9');
  await page.getByTestId('graph-step-next').click();
  await expectShown(page, 'graph-edge-grad-0-1-0', 3, '3');
  await expectShown(page, 'graph-edge-grad-0-1-1', 3, '3');
  await page.getByTestId('graph-step-next').click();
  await expectShown(page, 'graph-input-grad-x', 6, '∂out/∂x = 6');
  await expect(page.getByTestId('graph-step-story')).toContainText('3 + 3 = 6');
});

test('the neuron preset walks back through σ with its slope', async ({ page }) => {
  await openGraphLab(page);
  await page.getByTestId('graph-preset-neuron').click();
  const a = 1 / (1 + Math.exp(-2));
  await expectShown(page, 'graph-output', a, '0.8808');
  await page.getByTestId('graph-step-all').click();
  await expectShown(page, 'graph-input-grad-w', a * (1 - a) * 2, '∂out/∂w = 0.21');
  await expectShown(page, 'graph-input-grad-b', a * (1 - a), '∂out/∂b = 0.105');
});

test('bad expressions and values are explained and the last good graph stays', async ({ page }) => {
  await openGraphLab(page);
  await buildExpression(page, 'apple * (count + ');
  await expect(page.getByTestId('graph-expression-error')).toHaveText(
    'The expression ends too early: expected a number, a name or “(”.',
  );
  await expectShown(page, 'graph-output', 220, '220');

  await setInput(page, 'tax', 'lots');
  await expect(page.getByRole('alert').filter({ hasText: 'tax must be a number' })).toBeVisible();
  await expectShown(page, 'graph-output', 220, '220');

  await buildExpression(page, 'exp(apple * apple)');
  await expect(page.getByTestId('graph-expression-error')).toContainText('overflows');
  await buildExpression(page, 'exp(count)');
  await expect(page.getByTestId('graph-expression-error')).toHaveCount(0);
  await expectShown(page, 'graph-output', Math.exp(2), '7.389');
  await setInput(page, 'count', '900');
  await expect(page.getByTestId('graph-value-error')).toContainText('count = 900 is refused');
  await expectShown(page, 'graph-output', Math.exp(2), '7.389');
});

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`fits and reads at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openGraphLab(page);
    await page.getByTestId('graph-step-next').click();
    await page.getByTestId('graph-step-next').click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const svg = await page.locator('.graph-diagram svg').boundingBox();
    const box = await page.locator('.graph-diagram').boundingBox();
    expect(svg && box && svg.width <= box.width + 0.5).toBe(true);
    await page.screenshot({
      path: `e2e/screenshots/lab-graph-${width}x${height}.png`,
      fullPage: true,
    });
  });
}
