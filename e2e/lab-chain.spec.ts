import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures/page';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const sigmoidSlope = (z: number) => sigmoid(z) * (1 - sigmoid(z));

async function openChain(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await openApp(page);
  await page.getByTestId('page-lab').click();
  await page.getByTestId('lab-tab-chain').click();
  await expect(page.getByTestId('chain-tree')).toBeVisible();
}

async function shown(page: Page, testId: string): Promise<number> {
  const v = await page.getByTestId(testId).getAttribute('data-value');
  expect(v, testId).not.toBeNull();
  return Number(v);
}

/** The values the tree shows, by quantity id. */
async function line(page: Page, id: string): Promise<number> {
  return shown(page, `chain-line-${id}`);
}

/** Checks the displayed ∂C₀/∂w⁽³⁾ against its displayed factors and the displayed chain. */
async function expectConsistentW3(page: Page): Promise<number> {
  const [a2, z3, a3, y] = [
    await line(page, 'a2'),
    await line(page, 'z3'),
    await line(page, 'a3'),
    await line(page, 'y'),
  ];
  const f = [0, 1, 2].map((i) => shown(page, `chain-product-factor-${i}`));
  const [f0, f1, f2] = await Promise.all(f);
  expect(f0).toBeCloseTo(a2, 12);
  expect(f1).toBeCloseTo(sigmoidSlope(z3), 12);
  expect(f2).toBeCloseTo(2 * (a3 - y), 12);
  const derivative = await shown(page, 'chain-product');
  expect(derivative).toBeCloseTo(f0 * f1 * f2, 14);
  expect(await shown(page, 'chain-engine')).toBeCloseTo(derivative, 14);
  return derivative;
}

test('dragging w⁽³⁾ moves C₀, and ΔC₀/Δw matches the displayed chain-rule product', async ({
  page,
}) => {
  await openChain(page, 1920, 1080);
  const w0 = await line(page, 'w3');
  const c0 = await line(page, 'C');
  const d0 = await expectConsistentW3(page);

  // A small drag with the mouse: the ratio of the nudges lies between the slopes at both ends.
  const box = await page.getByTestId('chain-marker-w3').boundingBox();
  if (!box) throw new Error('no w marker');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 2, cy);
  await page.mouse.move(cx + 4, cy);
  await page.mouse.up();
  const w1 = await line(page, 'w3');
  const c1 = await line(page, 'C');
  expect(w1).toBeGreaterThan(w0);
  expect(c1).not.toBe(c0);
  const d1 = await expectConsistentW3(page);
  expect(await shown(page, 'chain-drag-dq')).toBeCloseTo(w1 - w0, 12);
  expect(await shown(page, 'chain-drag-dc')).toBeCloseTo(c1 - c0, 12);
  const ratio = (c1 - c0) / (w1 - w0);
  expect(await shown(page, 'chain-drag-ratio')).toBeCloseTo(ratio, 10);
  expect(Math.abs(ratio - (d0 + d1) / 2)).toBeLessThan(0.02 * Math.max(Math.abs(d0), Math.abs(d1)));

  // An arrow key nudges by 0.01: the ratio is the derivative to within the nudge's size.
  await page.getByTestId('chain-marker-w3').focus();
  await page.keyboard.press('ArrowRight');
  const w2 = await line(page, 'w3');
  expect(w2 - w1).toBeCloseTo(0.01, 12);
  const d2 = await expectConsistentW3(page);
  const keyRatio = ((await line(page, 'C')) - c1) / (w2 - w1);
  expect(Math.abs(keyRatio - (d1 + d2) / 2)).toBeLessThan(1e-4 * Math.abs(d1));
  expect(Math.abs(keyRatio - d1)).toBeLessThan(0.01 * Math.abs(d1));
});

test('the ratio of shrinking nudges converges to the chain rule', async ({ page }) => {
  await openChain(page, 1920, 1080);
  const chain = await shown(page, 'chain-product');
  expect(await shown(page, 'chain-nudge-chain')).toBe(chain);
  const errors: number[] = [];
  for (let i = 0; i < 5; i++) {
    const ratio = await shown(page, `chain-nudge-ratio-${i}`);
    const error = await shown(page, `chain-nudge-error-${i}`);
    expect(error).toBeCloseTo(ratio - chain, 14);
    errors.push(Math.abs(error));
  }
  for (let i = 2; i < errors.length; i++) expect(errors[i]).toBeLessThan(errors[i - 1] / 5);
  expect(errors[4]).toBeLessThan(1e-4 * Math.abs(chain));
});

test('b, aᴸ⁻¹ and one layer further back have the chain rule’s factors', async ({ page }) => {
  await openChain(page, 1920, 1080);
  const v = async (id: string) => line(page, id);
  const product = async () => shown(page, 'chain-product');
  const factor = async (i: number) => shown(page, `chain-product-factor-${i}`);
  const lastTwo = 2 * ((await v('a3')) - (await v('y'))) * sigmoidSlope(await v('z3'));

  await page.getByTestId('chain-study-b3').click();
  expect(await factor(0)).toBe(1);
  expect(await product()).toBeCloseTo(lastTwo, 12);

  await page.getByTestId('chain-study-a2').click();
  expect(await factor(0)).toBeCloseTo(await v('w3'), 14);
  const dCda2 = await product();
  expect(dCda2).toBeCloseTo((await v('w3')) * lastTwo, 12);

  await page.getByTestId('chain-study-w2').click();
  expect(await factor(0)).toBeCloseTo(await v('a1'), 12);
  expect(await factor(1)).toBeCloseTo(sigmoidSlope(await v('z2')), 12);
  expect(await factor(2)).toBeCloseTo(dCda2, 12);
  expect(await shown(page, 'chain-expansion')).toBeCloseTo(dCda2, 12);
  expect(await shown(page, 'chain-engine')).toBeCloseTo(await product(), 12);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: test.info().outputPath('lab-chain-w2-1024.png'), fullPage: true });

  // Dragging a⁽²⁾ goes through b⁽²⁾: the chain stays z⁽²⁾ = w⁽²⁾a⁽¹⁾ + b⁽²⁾, a⁽²⁾ = σ(z⁽²⁾).
  const b2 = await v('b2');
  const a2 = await v('a2');
  await page.getByTestId('chain-marker-a2').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('chain-study-a2')).toHaveAttribute('aria-checked', 'true');
  expect(await v('b2')).not.toBe(b2);
  expect(await v('z2')).toBeCloseTo((await v('w2')) * (await v('a1')) + (await v('b2')), 12);
  expect(await v('a2')).toBeCloseTo(sigmoid(await v('z2')), 12);
  expect(await v('a2')).toBeCloseTo(a2 + 0.1, 12);
});

test('gradient descent on the chain makes C₀ fall', async ({ page }) => {
  await openChain(page, 1920, 1080);
  const start = await line(page, 'C');
  await page.getByTestId('chain-descent-step').click();
  await expect(page.getByTestId('chain-descent-steps')).toHaveText('1');
  expect(await line(page, 'C')).toBeLessThan(start);
  await page.getByTestId('chain-descent-run').click();
  await expect(page.getByTestId('chain-descent-steps')).toHaveText('101');
  const costs = (await page.getByTestId('chain-cost-plot').getAttribute('data-costs'))!
    .split(',')
    .map(Number);
  expect(costs).toHaveLength(102);
  expect(costs[0]).toBe(start);
  for (let i = 1; i < costs.length; i++) expect(costs[i]).toBeLessThan(costs[i - 1]);
  expect(costs[101]).toBe(await line(page, 'C'));
  expect(await shown(page, 'chain-descent-cost')).toBe(costs[101]);
  expect(costs[101]).toBeLessThan(start / 20);
  await page.screenshot({ path: test.info().outputPath('lab-chain-descent.png') });
  await page.getByTestId('chain-descent-reset').click();
  expect(await line(page, 'C')).toBe(start);
});

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  test(`screenshot ${width}×${height}: nothing overflows`, async ({ page }) => {
    await openChain(page, width, height);
    await page.getByTestId('chain-marker-w3').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expectConsistentW3(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`lab-chain-${width}x${height}.png`) });
    await page.screenshot({ path: `e2e/screenshots/lab-chain-${width}x${height}.png` });
  });
}
