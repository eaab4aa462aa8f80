import { expect, test } from '@playwright/test';
import { goToStep, openBackprop, retrace } from './fixtures/backprop';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { openApp } from './fixtures/page';

test('a drawn digit is traced once the user says which digit it is', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await openBackprop(page);
  await page.getByTestId('source-drawing').click();
  await writeDigit(page, 3, WRITINGS[0]);
  await expect(page.getByTestId('step-label')).toHaveText(/Which digit did you draw/);
  await expect(page.getByTestId('step-next')).toBeDisabled();
  await page.getByTestId('lesson-label-3').click();
  await expect(page.getByTestId('step-label')).toHaveText('Forward: input → hidden layer 1');
  await page.keyboard.press('End');
  const before = Number(await page.getByTestId('lesson-cost').getAttribute('data-value'));
  const after = Number(await page.getByTestId('lesson-cost-after').getAttribute('data-value'));
  expect(after).toBeLessThan(before);
});

test('while the worker trains, the panel keeps one record and is not re-typeset', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Pause');
  await openBackprop(page);
  await goToStep(page, 3);
  await expect(page.getByTestId('chain-rule-cost')).toBeVisible();
  // Watched while 30 training snapshots reach the store (about half a second on a quiet machine).
  const mutations = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const store = window.__deltascope?.store;
        if (!store) return reject(new Error('not a test build'));
        let count = 0;
        let snapshots = 0;
        const panel = document.querySelector('[data-testid="chain-rule-panel"]')!;
        const observer = new MutationObserver((records) => (count += records.length));
        observer.observe(panel, { subtree: true, childList: true, characterData: true });
        const unsubscribe = store.subscribe((s, prev) => {
          if (s.snapshot === prev.snapshot || ++snapshots < 30) return;
          unsubscribe();
          observer.disconnect();
          resolve(count);
        });
      }),
  );
  expect(mutations).toBe(0);
  for (let i = 0; i < 3; i++) {
    await retrace(page, () =>
      page.getByRole('button', { name: 'Next digit', exact: true }).click(),
    );
    await goToStep(page, 3);
    await page.getByTestId('neuron-3-2').hover();
    const panelCost = page.getByTestId('chain-rule-cost');
    const shownCost = page.getByTestId('lesson-cost');
    await expect(panelCost).toBeVisible();
    expect(await panelCost.getAttribute('data-value')).toBe(
      await shownCost.getAttribute('data-value'),
    );
  }
  await page.getByTestId('page-explore').click();
  await page.getByTestId('train-toggle').click();
  await expect(page.getByTestId('train-toggle')).toHaveText('Train');
});

for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  test(`the backprop page at ${width}×${height}: wants, hidden δ and update steps`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await openBackprop(page);
    for (const [step, name] of [
      [4, 'wants'],
      [7, 'hidden-delta'],
      [11, 'update'],
    ] as const) {
      await goToStep(page, step);
      await expect(page.getByTestId('step-label')).not.toHaveText('');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/backprop-${width}x${height}-${name}.png` });
    }
  });
}
