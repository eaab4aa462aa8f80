import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openBackprop } from './fixtures/backprop';
import { openApp } from './fixtures/page';
import { edgeContrast, overflowing, textAudit } from './fixtures/projector';

/** Projector mode's promises: type of 18 CSS px or more, and 7:1 for text and key marks. */
const MIN_FONT = 18;
const MIN_CONTRAST = 7;

const DISPLAYS = [
  { name: 'dark', theme: 'dark', palette: 'standard' },
  { name: 'light', theme: 'light', palette: 'standard' },
  { name: 'colourblind', theme: 'dark', palette: 'colourblind' },
] as const;

const SIZES = [
  [1024, 768],
  [1920, 1080],
] as const;

async function setDisplay(page: Page, d: (typeof DISPLAYS)[number]): Promise<void> {
  await page.getByTestId(`theme-${d.theme}`).click();
  await page.getByTestId(`palette-${d.palette}`).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', d.theme);
  await expect(page.locator('html')).toHaveAttribute('data-palette', d.palette);
}

/** Selects a neuron of the second hidden layer, so its incoming edges are drawn bold. */
async function focusEdges(page: Page): Promise<void> {
  await page.getByTestId('neuron-2-0').click();
  await expect(page.getByTestId('neuron-2-0')).toHaveClass(/focus/);
  await page.mouse.move(0, page.viewportSize()!.height - 1);
  // The edge worker paints at most every 100 ms after a change of colours or page.
  await page.waitForTimeout(400);
}

async function audit(page: Page, where: string): Promise<void> {
  expect(await overflowing(page), `${where}: overflow`).toEqual([]);
  expect(await textAudit(page, MIN_FONT, MIN_CONTRAST), `${where}: text`).toEqual([]);
  const edges = await edgeContrast(page, page.locator('.network-view'));
  expect(edges.matched[0], `${where}: positive edge pixels`).toBeGreaterThan(20);
  expect(edges.matched[1], `${where}: negative edge pixels`).toBeGreaterThan(20);
  expect(edges.positive, `${where}: positive edges`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  expect(edges.negative, `${where}: negative edges`).toBeGreaterThanOrEqual(MIN_CONTRAST);
}

for (const [width, height] of SIZES) {
  test(`projector mode at ${width}×${height}: nothing overflows, type ≥ 18 px, contrast ≥ 7:1`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await openApp(page);
    await page.getByTestId('projector-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
    // Secondary controls are tucked away until asked for.
    await expect(page.getByTestId('model-select')).toBeHidden();
    for (const d of DISPLAYS) {
      await setDisplay(page, d);
      await page.getByTestId('page-explore').click();
      await focusEdges(page);
      await page.screenshot({
        path: `e2e/screenshots/projector-${d.name}-${width}x${height}-explore.png`,
      });
      await audit(page, `explore ${d.name}`);
      await page.getByTestId('page-backprop').click();
      await expect(page.getByTestId('step-label')).not.toBeEmpty();
      await focusEdges(page);
      await page.screenshot({
        path: `e2e/screenshots/projector-${d.name}-${width}x${height}-backprop.png`,
      });
      await audit(page, `backprop ${d.name}`);
    }
  });
}

test('projector mode on the descent, lab and recurrence pages: nothing overflows, type ≥ 18 px, 7:1', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByTestId('projector-toggle').click();
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const d of DISPLAYS) {
      await setDisplay(page, d);
      for (const name of ['descent', 'lab', 'sequence']) {
        await page.getByTestId(`page-${name}`).click();
        await expect(page.locator('main')).toBeVisible();
        await expect(page.locator('main')).not.toBeEmpty();
        // The recurrence page is audited with its readings and formulas on screen.
        if (name === 'sequence') {
          await expect(page.getByTestId('seq-reading')).toHaveAttribute('aria-busy', 'false');
          await expect(page.getByTestId('seq-chain-rule').locator('.katex').first()).toBeVisible();
        }
        const where = `${name} ${d.name} ${width}×${height}`;
        expect(await overflowing(page), `${where}: overflow`).toEqual([]);
        expect(await textAudit(page, MIN_FONT, MIN_CONTRAST), `${where}: text`).toEqual([]);
      }
    }
  }
  await page.screenshot({ path: 'e2e/screenshots/projector-colourblind-1920x1080-lab.png' });
});

test('the clicker keys step the backprop timeline in projector mode', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await openBackprop(page);
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
  const label = page.getByTestId('step-label');
  const first = 'Forward: input → hidden layer 1';
  const second = 'Forward: hidden layer 1 → hidden layer 2';
  for (const [next, back] of [
    ['PageDown', 'PageUp'],
    ['ArrowRight', 'ArrowLeft'],
  ]) {
    await page.keyboard.press(next);
    await expect(label).toHaveText(second);
    await page.keyboard.press(back);
    await expect(label).toHaveText(first);
  }
  await page.keyboard.press('End');
  await expect(label).toHaveText('Forward again: the cost falls');
  await page.keyboard.press('Home');
  await expect(label).toHaveText(first);
  // P again leaves projector mode.
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
});

test('"?" opens the shortcuts, Esc closes them and focus returns', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByTestId('projector-toggle');
  await toggle.focus();
  await page.keyboard.press('?');
  const overlay = page.getByTestId('shortcuts-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('PageDown');
  await expect(overlay).toContainText('Projector mode on or off');
  await page.screenshot({ path: 'e2e/screenshots/projector-shortcuts.png' });
  // Modal: Tab stays inside the dialog.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(toggle).toBeFocused();
  // The button opens it too, and Close closes it.
  await page.getByTestId('shortcuts-button').click();
  await expect(overlay).toBeVisible();
  await page.getByTestId('shortcuts-close').click();
  await expect(overlay).toBeHidden();
});

test('keys typed into a field are not shortcuts', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('learning-rate').fill('');
  await page.getByTestId('learning-rate').pressSequentially('p?');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
  await expect(page.getByTestId('shortcuts-overlay')).toBeHidden();
});

test('a keyboard user walks a layer with ↑/↓ and selects a neuron with Enter', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('neuron-1-0').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('neuron-1-2')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('neuron-1-1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('neuron-card')).toContainText('neuron 2');
  // The focus ring is drawn: the focused circle's stroke is the theme's gold.
  const stroke = await page
    .getByTestId('neuron-1-1')
    .locator('circle')
    .evaluate((c) => getComputedStyle(c).stroke);
  const gold = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--y').trim(),
  );
  const hex = (rgb: string) =>
    '#' + (rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  expect(hex(stroke)).toBe(gold);
});

test('full screen is its own control: its button and F, apart from projector mode', async ({
  page,
}) => {
  await openApp(page);
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  const toggle = page.getByTestId('fullscreen-toggle');
  await toggle.click();
  await expect.poll(fullScreen).toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
  // What Esc does in a real browser: the page leaves full screen, with no key event to see.
  await page.evaluate(() => document.exitFullscreen());
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // P is projector mode only; F is full screen, and F again leaves it.
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
  expect(await fullScreen()).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(fullScreen).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(fullScreen).toBe(false);
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
});

test('while the shortcuts are open, P and the clicker keys do nothing', async ({ page }) => {
  await openApp(page);
  await openBackprop(page);
  const label = page.getByTestId('step-label');
  const first = 'Forward: input → hidden layer 1';
  await page.keyboard.press('?');
  const overlay = page.getByTestId('shortcuts-overlay');
  await expect(overlay).toBeVisible();
  for (const key of ['p', 'ArrowRight', 'PageDown', 'End']) await page.keyboard.press(key);
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'false');
  await expect(label).toHaveText(first);
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  // Closed, the keys work again.
  await page.keyboard.press('PageDown');
  await expect(label).toHaveText('Forward: hidden layer 1 → hidden layer 2');
});
