import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { handCalculation } from '../src/lab/worked/handCalculation';
import { runSteps } from '../src/lab/worked/training';
import { openApp } from './fixtures/page';

const SHOTS = 'test-results/dev-5202';

async function openWorked(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('page-lab').click();
  await page.getByTestId('lab-tab-worked').click();
  await expect(page.getByTestId('worked')).toBeVisible();
}

const value = (page: Page, id: string) => page.getByTestId(`worked-value-${id}`);

test('the worked example shows the classic figures, computed by the engine', async ({ page }) => {
  await openWorked(page);
  const shown: Record<string, string> = {
    'out-o1': '0.75136507',
    'out-o2': '0.772928465',
    'e-total': '0.298371109',
    'new-w5': '0.35891648',
    'new-w1': '0.149780716',
  };
  const engine = handCalculation('fixed');
  for (const [id, text] of Object.entries(shown)) {
    await expect(value(page, id)).toHaveText(text);
    const attribute = Number(await value(page, id).getAttribute('data-value'));
    expect(attribute).toBe(engine.byId.get(id)?.value);
  }
  await expect(page.getByTestId('worked-typo-note')).toContainText('0.75136079');
  await expect(page.getByTestId('worked-typo-note')).toContainText('typo');
  await expect(page.getByTestId('worked-section-biases')).toContainText('does not update');
  await expect(value(page, 'new-b-o1')).toHaveCount(0);
});

test('clicking a value opens its KaTeX derivation and what it came from', async ({ page }) => {
  await openWorked(page);
  await value(page, 'grad-w5').click();
  const derivation = page.getByTestId('worked-derivation-grad-w5');
  await expect(derivation).toBeVisible();
  await expect(derivation.locator('.katex').first()).toBeVisible();
  await expect(derivation).toContainText('0.74136507');
  await expect(derivation).toContainText('0.0821670406');
  for (const source of ['dE-dout-o1', 'dout-dnet-o1', 'dnet-dw5']) {
    await expect(derivation.getByTestId(`worked-source-${source}`)).toBeVisible();
    await expect(page.getByTestId(`worked-row-${source}`)).toHaveClass(/source/);
  }
  await expect(page.getByTestId('worked-diagram').locator('.edge.lit')).toHaveCount(1);

  await derivation.getByTestId('worked-source-dout-dnet-o1').click();
  await expect(page.getByTestId('worked-derivation-dout-dnet-o1')).toBeVisible();
  await expect(page.getByTestId('worked-derivation-grad-w5')).toHaveCount(0);
  await expect(page.getByTestId('worked-derivation-dout-dnet-o1')).toContainText('σ′(x)');

  // The hidden layer: ∂E/∂out(h1) adds what o1 and o2 each say.
  await value(page, 'dE-dout-h1').click();
  const hidden = page.getByTestId('worked-derivation-dE-dout-h1');
  await expect(hidden.getByTestId('worked-source-dEo1-dout-h1')).toHaveText('0.0553994247');
  await expect(hidden.getByTestId('worked-source-dEo2-dout-h1')).toHaveText('−0.0190491183');
  await expect(value(page, 'dE-dout-h1')).toHaveText('0.0363503064');
  await value(page, 'dE-dout-h1').click();
  await expect(hidden).toHaveCount(0);

  // A given number lists what it is used for; the diagram opens the same derivations.
  await page.getByTestId('worked-diagram-w5').click();
  const given = page.getByTestId('worked-derivation-w5');
  await expect(given).toContainText('A starting weight');
  await expect(given.getByTestId('worked-user-net-o1')).toBeVisible();
  await expect(given.getByTestId('worked-user-dEo1-dout-h1')).toBeVisible();
});

test('the bias choice and the runs of 1 to 10,000 steps', async ({ page }) => {
  await openWorked(page);
  await page.getByTestId('worked-bias-updated').click();
  const engine = handCalculation('updated');
  await expect(value(page, 'new-b-o1')).toHaveAttribute(
    'data-value',
    String(engine.byId.get('new-b-o1')?.value),
  );
  await expect(value(page, 'new-w5')).toHaveText('0.35891648');
  await value(page, 'grad-b-h1').click();
  await expect(page.getByTestId('worked-derivation-grad-b-h1')).toContainText('0.00877135469');
  await page
    .getByTestId('worked-section-biases')
    .screenshot({ path: `${SHOTS}/lab-worked-biases.png` });

  await expect(page.getByTestId('worked-train-error-fixed')).toHaveAttribute(
    'data-value',
    String(runSteps('fixed', 1).errors[1]),
  );
  await page.getByTestId('worked-run-10000').click();
  const fixed = runSteps('fixed', 10_000);
  const updated = runSteps('updated', 10_000);
  await expect(page.getByTestId('worked-train-error-fixed')).toHaveAttribute(
    'data-value',
    String(fixed.errors[10_000]),
  );
  await expect(page.getByTestId('worked-train-error-updated')).toHaveAttribute(
    'data-value',
    String(updated.errors[10_000]),
  );
  await expect(page.getByTestId('worked-train-error-fixed')).toHaveText('3.51018778×10⁻⁵');
  const note = page.getByTestId('worked-classic-10000');
  await expect(note).toContainText('0.0000351085');
  await expect(note.getByTestId('worked-classic-before-last')).toHaveText('3.51085481×10⁻⁵');
  await page.getByTestId('worked-run-100').click();
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId('worked-train-table')).toHaveAttribute('data-steps', '100');
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`screenshots at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openWorked(page);
    await page
      .locator('.worked-training')
      .screenshot({ path: `${SHOTS}/${size.width}-runs-1.png` });
    await page.getByTestId('worked-run-10000').click();
    await value(page, 'grad-w5').click();
    await expect(page.getByTestId('worked-derivation-grad-w5')).toBeVisible();
    const name = `lab-worked-${size.width}x${size.height}`;
    await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
    await page.getByTestId('worked-derivation-grad-w5').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-chain.png` });
    await page.locator('.worked-training').screenshot({ path: `${SHOTS}/${name}-runs.png` });
    await value(page, 'out-o1').click();
    await expect(page.getByTestId('worked-derivation-out-o1')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `e2e/screenshots/${name}.png` });
    // Nothing may stick out sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}
