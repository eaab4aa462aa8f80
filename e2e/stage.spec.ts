import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openBackprop } from './fixtures/backprop';
import { openApp } from './fixtures/page';

/** The parts of a test id's element that lie outside the window (none: wholly on screen). */
async function offScreen(page: Page, testId: string): Promise<string | null> {
  const box = await page.getByTestId(testId).first().boundingBox();
  if (!box) return `${testId}: not shown`;
  const { width, height } = page.viewportSize()!;
  const inside =
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= width + 0.5 &&
    box.y + box.height <= height + 0.5;
  return inside ? null : `${testId}: [${box.x}, ${box.y}, ${box.width} × ${box.height}]`;
}

/** Every named part wholly on the first screen: the page is never scrolled in these tests. */
async function expectOnStage(page: Page, testIds: string[], where: string): Promise<void> {
  expect(await page.evaluate(() => window.scrollY), `${where}: scrolled`).toBe(0);
  const outside = [];
  for (const id of testIds) outside.push(await offScreen(page, id));
  expect(outside.filter(Boolean), where).toEqual([]);
}

test('backprop on a 1024×768 projector: every step has its title, network, formula and cost on one screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await openBackprop(page);
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
  const steps = 13;
  for (let k = 1; k <= steps; k++) {
    await expect(page.locator('.step-count')).toHaveText(`Step ${k} of ${steps}`);
    await expectOnStage(
      page,
      ['step-label', 'network-view', 'chain-rule-panel', 'lesson-cost'],
      `step ${k}`,
    );
    if (k === 1 || k === 6 || k === steps) {
      await page.screenshot({ path: `test-results/stage-backprop-1024x768-step${k}.png` });
    }
    // The clicker key, as a teacher would step; focus stays on the page, so nothing scrolls.
    if (k < steps) await page.keyboard.press('PageDown');
  }
});

test('explore at 1280×800: a chosen hidden neuron, its card and its live chain rule beside the network', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByTestId('neuron-2-5').click();
  await expect(page.getByTestId('neuron-card')).toContainText('Hidden layer 2, neuron 6');
  await expect(page.getByTestId('live-chain-rule-title')).toHaveText('Hidden layer 2, neuron 6');
  // Pointing away from the network keeps the chosen neuron on show.
  await page.mouse.move(5, 795);
  await expectOnStage(
    page,
    ['network-view', 'prediction', 'neuron-card', 'live-chain-rule'],
    'explore, neuron chosen',
  );
  await page.screenshot({ path: 'test-results/stage-explore-1280x800-neuron.png' });
  // Esc lets the neuron go: the training comes back beside the network.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('neuron-card')).toBeHidden();
  await expectOnStage(page, ['network-view', 'prediction', 'train-toggle'], 'explore, training');
});

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
]) {
  test(`explore at ${width}×${height}: the network, the training controls and its curves together`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await expectOnStage(
      page,
      ['network-view', 'prediction', 'train-toggle', 'random-start', 'epoch-counter'],
      `explore ${width}×${height}`,
    );
    const curves = page.locator('.curves');
    await expect(curves).toBeVisible();
    const box = (await curves.boundingBox())!;
    expect(box.y + box.height, 'the learning curves end on the first screen').toBeLessThanOrEqual(
      height,
    );
  });
}

test('Train is near the top of the Tab order: each layer of neurons is one stop', async ({
  page,
}) => {
  await openApp(page);
  let presses = 0;
  while (presses < 60) {
    await page.keyboard.press('Tab');
    presses++;
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === 'train-toggle') break;
  }
  expect(presses, 'Tab presses from the top of the page to Train').toBeLessThanOrEqual(40);
  // Within a layer, ↓ walks on and the layer keeps one stop where the walk left off.
  await page.getByTestId('neuron-1-0').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('neuron-1-1')).toBeFocused();
  await expect(page.getByTestId('neuron-1-1')).toHaveAttribute('tabindex', '0');
  await expect(page.getByTestId('neuron-1-0')).toHaveAttribute('tabindex', '-1');
});
