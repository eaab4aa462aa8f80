import { expect, test } from '@playwright/test';
import { openApp } from './fixtures/page';

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
]) {
  test(`the network view at ${width}×${height}: neurons, hover card, weight image`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    for (const [l, n] of [
      [1, 16],
      [2, 16],
      [3, 10],
    ]) {
      await expect(page.locator(`[data-testid^="neuron-${l}-"]`)).toHaveCount(n);
    }
    const output7 = page.getByTestId('neuron-3-7');
    await expect(output7).toHaveAttribute('data-value', /^0\.[5-9]/);
    await page.getByTestId('neuron-1-4').hover();
    await expect(page.getByTestId('neuron-card')).toContainText('Hidden layer 1, neuron 5');
    await expect(page.getByTestId('neuron-weight-image')).toBeVisible();
    await page.screenshot({ path: `test-results/network-${width}x${height}-hover.png` });
    await output7.hover();
    await expect(page.getByTestId('neuron-card')).toContainText('Largest contributions');
    await page.screenshot({
      path: `test-results/network-${width}x${height}-output.png`,
      fullPage: true,
    });
  });
}
