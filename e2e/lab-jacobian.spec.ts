import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { layerValues } from '../src/lab/jacobian/layer';
import { openApp } from './fixtures/page';
import { agreeingDigits } from '../src/math/agreeingDigits';

const N = 4;
const INDICES = [1, 2, 3, 4];

async function openJacobianLab(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('page-lab').click();
  await page.getByTestId('lab-tab-jacobian').click();
  await expect(page.getByTestId('jacobian-softmax-matrix')).toBeVisible();
}

async function shown(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

async function shownVector(page: Page, prefix: string): Promise<number[]> {
  return Promise.all(INDICES.map((i) => shown(page, `${prefix}-${i}`)));
}

async function shownMatrix(page: Page, kind: 'tanh' | 'softmax'): Promise<number[][]> {
  return Promise.all(
    INDICES.map((i) =>
      Promise.all(INDICES.map((j) => shown(page, `jacobian-${kind}-cell-${i}-${j}`))),
    ),
  );
}

/** The matrices shown agree with the outputs shown, entry by entry. */
async function expectConsistentMatrices(page: Page): Promise<void> {
  const t = await shownVector(page, 'jacobian-tanh');
  const s = await shownVector(page, 'jacobian-softmax');
  const tanhJ = await shownMatrix(page, 'tanh');
  const softJ = await shownMatrix(page, 'softmax');
  expect(s.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      expect(tanhJ[i][j]).toBeCloseTo(i === j ? 1 - t[i] ** 2 : 0, 12);
      expect(softJ[i][j]).toBeCloseTo(s[i] * ((i === j ? 1 : 0) - s[j]), 12);
    }
    expect(softJ[i].reduce((a, b) => a + b)).toBeCloseTo(0, 12);
  }
}

test('the shown Jacobians follow the shown outputs as an input changes', async ({ page }) => {
  await openJacobianLab(page);
  await expectConsistentMatrices(page);
  const before = await shown(page, 'jacobian-softmax-cell-2-2');

  await page.getByTestId('jacobian-x-2').fill('2.7');
  await page.getByTestId('jacobian-x-2').press('Enter');
  await expect(page.getByTestId('jacobian-tanh-2')).toHaveAttribute(
    'data-value',
    String(Math.tanh(2.7)),
  );
  const s2 = await shown(page, 'jacobian-softmax-2');
  const diagonal = await shown(page, 'jacobian-softmax-cell-2-2');
  expect(diagonal).not.toBeCloseTo(before, 6);
  expect(diagonal).toBeCloseTo(s2 * (1 - s2), 12);
  await expect(page.getByTestId('jacobian-softmax-cell-2-2')).toHaveText(
    String(Number(diagonal.toPrecision(3))),
  );
  await expectConsistentMatrices(page);

  // The slider is the same input: dragging it moves the number field and every matrix.
  await page.getByTestId('jacobian-x-slider-3').fill('-4');
  await expect(page.getByTestId('jacobian-x-3')).toHaveValue('-4');
  const expected = layerValues([1.5, 2.7, -4, -1]).softmax;
  expect(await shownVector(page, 'jacobian-softmax')).toEqual(Array.from(expected));
  await expectConsistentMatrices(page);
});

test('a hovered cell shows its formula with the shown numbers', async ({ page }) => {
  await openJacobianLab(page);
  await page.getByTestId('jacobian-softmax-cell-3-1').hover();
  const formula = page.getByTestId('jacobian-softmax-formula');
  await expect(formula).toHaveAttribute('data-cell', '3-1');
  const s = await shownVector(page, 'jacobian-softmax');
  const entry = await shown(page, 'jacobian-softmax-cell-3-1');
  const digits = (v: number, d = 3) => String(Number(v.toPrecision(d)));
  // The factors carry as many digits as their product needs to come out as shown.
  const d = agreeingDigits([s[2], s[0]], ([a, b]) => a * (0 - b), entry);
  await expect(formula).toContainText(
    `${digits(s[2], d)} \\cdot (0 - ${digits(s[0], d)}) = ${digits(entry)}`,
  );
  const nudge = await shown(page, 'jacobian-softmax-nudge');
  expect(nudge).toBeCloseTo(entry, 3);

  await page.getByTestId('jacobian-tanh-cell-4-4').hover();
  await expect(page.getByTestId('jacobian-tanh-formula')).toHaveAttribute('data-cell', '4-4');
  const t4 = await shown(page, 'jacobian-tanh-4');
  const dt = agreeingDigits([t4], ([a]) => 1 - a * a, 1 - t4 * t4);
  await expect(page.getByTestId('jacobian-tanh-formula')).toContainText(
    `1 \\cdot (1 - (${digits(t4, dt)})^2)`,
  );
});

test('saturated and wrong: squared error’s δ vanishes, cross-entropy’s is s − y', async ({
  page,
}) => {
  await openJacobianLab(page);
  await page.getByTestId('jacobian-preset-saturated-wrong').click();
  await expect(page.getByTestId('jacobian-x-2')).toHaveValue('8');
  await expect(page.getByTestId('jacobian-target-1')).toHaveAttribute('aria-checked', 'true');

  const s = await shownVector(page, 'jacobian-softmax');
  const softJ = await shownMatrix(page, 'softmax');
  const y = [1, 0, 0, 0];
  const squared = await shownVector(page, 'jacobian-squared-delta');
  const crossEntropy = await shownVector(page, 'jacobian-cross-entropy-delta');
  for (let i = 0; i < N; i++) {
    expect(crossEntropy[i]).toBeCloseTo(s[i] - y[i], 12);
    const jtg = INDICES.reduce((sum, _, j) => sum + softJ[j][i] * 2 * (s[j] - y[j]), 0);
    expect(squared[i]).toBeCloseTo(jtg, 12);
  }
  expect(await shown(page, 'jacobian-squared-size')).toBeLessThan(0.005);
  expect(await shown(page, 'jacobian-cross-entropy-size')).toBeGreaterThan(1.4);
  expect(await shown(page, 'jacobian-cross-entropy-cost')).toBeCloseTo(-Math.log(s[0]), 10);

  // Choosing the output the softmax already favours makes both δ small.
  await page.getByTestId('jacobian-target-2').click();
  await expect.poll(() => shown(page, 'jacobian-cross-entropy-size')).toBeLessThan(0.005);
  expect(await shown(page, 'jacobian-cross-entropy-delta-2')).toBeCloseTo(s[1] - 1, 12);
});

/** Cards and formulas of the view whose content is wider than their box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.jacobian-lab .card, .jacobian-lab .tex'))
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.getAttribute('aria-label') ?? box.className),
  );
}

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  test(`nothing overflows at ${width}×${height}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await openJacobianLab(page);
    await page.getByTestId('jacobian-softmax-cell-2-3').hover();
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({
      path: `e2e/screenshots/lab-jacobian-${width}x${height}.png`,
      fullPage: true,
    });
    // Saturated outputs print in scientific notation: the widest formulas the view shows.
    await page.getByTestId('jacobian-preset-saturated-wrong').click();
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({
      path: testInfo.outputPath(`lab-jacobian-saturated-${width}x${height}.png`),
      fullPage: true,
    });
  });
}
