import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readMnist } from '../scripts/mnist-idx';
import { ballX, curveCost, startBall, stepBall } from '../src/descent/curve';
import type { DescentRun } from '../src/descent/descentRun';
import { advanceRun, startRun } from '../src/descent/descentRun';
import { makePoints, regressionCost } from '../src/descent/regression';
import { defaultSurfaceWeights } from '../src/descent/surfaceWeights';
import { digitInput } from '../src/engine/dataset';
import { parseNetwork } from '../src/engine/serialize';
import { oneHot, traceBatch } from '../src/engine/trace';
import { openApp } from './fixtures/page';

const testSet = readMnist('test');
const { net } = parseNetwork(readFileSync('public/models/3b1b.json', 'utf8'));

async function value(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

async function openDescent(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('page-descent').click();
  await expect(page.getByTestId('descent-page')).toBeVisible();
}

/** Sets a log-scale rate slider (position 100·log₁₀ η) near η; returns the η it shows. */
async function setRate(page: Page, testId: string, rate: number): Promise<number> {
  await page.getByTestId(testId).fill(String(Math.round(100 * Math.log10(rate))));
  await expect
    .poll(async () => Math.abs((await value(page, `${testId}-value`)) / rate - 1))
    .toBeLessThan(0.012);
  return value(page, `${testId}-value`);
}

test('the 1-D ball rolls toward a minimum at a small rate and diverges at a huge one', async ({
  page,
}) => {
  await openDescent(page);
  const rate = await setRate(page, 'descent-rate', 0.05);
  const x0 = await value(page, 'descent-x');
  const c0 = await value(page, 'descent-cost');
  for (let i = 0; i < 6; i++) await page.getByTestId('descent-step').click();
  await expect(page.getByTestId('descent-steps')).toHaveText('6');

  let expected = startBall(x0);
  for (let i = 0; i < 6; i++) expected = stepBall(expected, rate);
  const x6 = await value(page, 'descent-x');
  expect(x6).toBeCloseTo(ballX(expected), 12);
  expect(x6).toBeLessThan(x0);
  expect(await value(page, 'descent-cost')).toBeLessThan(c0);
  expect(await value(page, 'descent-cost')).toBeCloseTo(curveCost(x6), 12);

  const big = await setRate(page, 'descent-rate', 10);
  await page.getByTestId('descent-reset').click();
  const message = page.getByTestId('descent-message');
  // The ball is seen overshooting, each swing wider and across the valley, before it diverges.
  let ball = startBall(await value(page, 'descent-x'));
  const swings: number[] = [];
  for (;;) {
    ball = stepBall(ball, big);
    if (ball.status === 'diverged') break;
    await page.getByTestId('descent-step').click();
    await expect(page.getByTestId('descent-steps')).toHaveText(String(ball.path.length - 1));
    const shown = await value(page, 'descent-x');
    expect(shown).toBeCloseTo(ballX(ball), 9);
    swings.push(shown);
    await expect(message).toHaveAttribute('data-status', 'rolling');
  }
  expect(swings.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...swings.map(Math.abs))).toBeGreaterThan(5);
  const ballOnPlot = await page.getByTestId('descent-ball-0').boundingBox();
  const plot = await page.getByTestId('descent-pick').boundingBox();
  expect(ballOnPlot!.x).toBeGreaterThanOrEqual(plot!.x - 9);
  expect(ballOnPlot!.x + ballOnPlot!.width).toBeLessThanOrEqual(plot!.x + plot!.width + 9);
  await page.getByTestId('descent-step').click();
  await expect(message).toHaveAttribute('data-status', 'diverged');
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message).toContainText('Diverged');
  await expect(page.getByTestId('descent-step')).toBeDisabled();
  const card = page.locator('.descent-card').first();
  expect(await card.innerText()).not.toMatch(/NaN|Infinity/);
  await card.screenshot({ path: test.info().outputPath('descent-diverged.png') });
  for (const id of ['descent-x', 'descent-cost', 'descent-slope', 'descent-step-size']) {
    expect(Number.isFinite(await value(page, id))).toBe(true);
  }
});

test('four starts settle in different valleys', async ({ page }) => {
  await openDescent(page);
  await page.getByTestId('descent-several').check();
  await setRate(page, 'descent-rate', 0.3);
  await page.getByTestId('descent-run').click();
  for (let i = 0; i < 4; i++) {
    await expect(page.getByTestId(`descent-ball-status-${i}`)).toHaveAttribute(
      'data-status',
      'settled',
    );
  }
  const valleys = await page.getByTestId('descent-balls').locator('li').allInnerTexts();
  expect(valleys.map((t) => /(left|middle|right) valley/.exec(t)?.[1])).toEqual([
    'right',
    'left',
    'left',
    'middle',
  ]);
});

test('2-D: gradient descent and SGD both bring the cost down, each as the engine computes', async ({
  page,
}) => {
  await openDescent(page);
  expect(await setRate(page, 'descent2d-rate', 0.1)).toBe(0.1);
  await page.getByTestId('descent2d-batch-10').click();
  const steps = 25;
  for (let i = 0; i < steps; i++) await page.getByTestId('descent2d-step').click();
  await expect(page.getByTestId('descent2d-steps')).toHaveAttribute('data-value', String(steps));

  const points = makePoints(200, 7);
  let run: DescentRun = startRun({ w: -2, b: 3 });
  for (let i = 0; i < steps; i++) run = advanceRun(run, points, 0.1, 10, 1);
  const start = await value(page, 'descent2d-start-cost');
  const gd = await value(page, 'descent2d-gd-cost');
  const sgd = await value(page, 'descent2d-sgd-cost');
  expect(gd).toBeCloseTo(regressionCost(points, run.gd[steps]), 12);
  expect(sgd).toBeCloseTo(regressionCost(points, run.sgd[steps]), 12);
  expect(gd).toBeLessThan(start / 5);
  expect(sgd).toBeLessThan(start / 5);
  expect(sgd).not.toBe(gd);
  for (const id of ['gd', 'sgd']) {
    await expect(page.getByTestId(`descent2d-map-path-${id}`)).toHaveAttribute(
      'data-steps',
      String(steps),
    );
  }

  // Past 2 / (largest curvature of the bowl) the steps grow instead of shrinking.
  await setRate(page, 'descent2d-rate', 1);
  await page.getByTestId('descent2d-run').click();
  await expect(page.getByTestId('descent2d-diverged')).toContainText('Diverged');
  await expect(page.getByTestId('descent2d-run')).toBeDisabled();
  const card = page.locator('.descent-card').nth(1);
  expect(await card.innerText()).not.toMatch(/NaN|Infinity/);
});

test('the real surface is centred on the network’s cost, computed by the worker', async ({
  page,
}) => {
  await openDescent(page);
  const digits = Array.from({ length: 200 }, (_, i) => i);
  const targets = digits.map((i) => oneHot(testSet.labels[i], 10));
  const inputs = digits.map((i) => digitInput(testSet, i));
  const cost = traceBatch(net, inputs, targets).cost;
  await expect(page.getByTestId('descent-surface-map')).toBeVisible();
  const centre = await value(page, 'descent-surface-centre');
  expect(centre).toBeCloseTo(await value(page, 'descent-surface-cost'), 12);
  expect(centre).toBeCloseTo(cost, 12);

  const [first] = defaultSurfaceWeights(net.weights, net.sizes);
  const w = net.weights[first.layer - 1][first.j * net.sizes[first.layer - 1] + first.k];
  expect(await value(page, 'descent-surface-w-x')).toBe(w);

  // A weight into the first hidden layer: a different slice through the same point.
  await page.getByTestId('descent-surface-w1-layer').selectOption('1');
  await expect
    .poll(() => value(page, 'descent-surface-w-x'))
    .toBe(net.weights[0][first.j * 784 + first.k]);
  expect(await value(page, 'descent-surface-centre')).toBeCloseTo(cost, 12);
});

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  test(`screenshot at ${width}×${height}: nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDescent(page);
    await page.getByTestId('descent-several').check();
    for (let i = 0; i < 8; i++) await page.getByTestId('descent-step').click();
    for (let i = 0; i < 20; i++) await page.getByTestId('descent2d-step').click();
    await expect(page.getByTestId('descent-surface-map')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`descent-${width}x${height}.png`) });
    await page.screenshot({
      path: `e2e/screenshots/descent-${width}x${height}.png`,
      fullPage: true,
    });
  });
}

test('the starts can be picked from the keyboard: arrow keys, Shift for bigger steps', async ({
  page,
}) => {
  await openDescent(page);
  const curve = page.getByTestId('descent-pick');
  await curve.focus();
  await expect(curve).toHaveAttribute('aria-valuenow', '4.2');
  await curve.press('ArrowLeft');
  await curve.press('Shift+ArrowLeft');
  await expect(curve).toHaveAttribute('aria-valuenow', '3.1');
  expect(Number(await page.getByTestId('descent-ball-0').getAttribute('data-x'))).toBeCloseTo(3.1);

  const map = page.getByTestId('descent2d-map-pick');
  await map.focus();
  await map.press('ArrowRight');
  await map.press('Shift+ArrowUp');
  await expect(map).toHaveAccessibleName(/w = −1\.9, b = 4\b/);
  const points = makePoints(200, 7);
  await expect(page.getByTestId('descent2d-start-cost')).toHaveAttribute(
    'data-value',
    String(regressionCost(points, { w: -1.9, b: 4 })),
  );
});
