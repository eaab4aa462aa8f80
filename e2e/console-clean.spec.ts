import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** Every console error and uncaught exception a page meets from its first script on. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** The step counter says step k (of 13), in either language. */
const atStep = (k: number) => new RegExp(`\\D${k}\\D.*13`);

/** Opens a scene by link and waits until its page shows what `ready` names. */
async function visit(page: Page, query: string, ready: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId(ready).first()).toBeVisible();
}

for (const theme of ['dark', 'light']) {
  for (const lang of ['en', 'zh']) {
    test(`no console error on any page or lab tab (${theme}, ${lang})`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = recordErrors(page);
      const look = `theme=${theme}&lang=${lang}`;

      // Explore, with a hidden neuron chosen: its card and live chain rule.
      await visit(page, `page=explore&ex=3&neuron=2-5&${look}`, 'neuron-card');
      await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
      await expect(page.getByTestId('live-chain-rule')).toBeVisible();

      // Backprop: several steps forward with the keys, a neuron and its chain rule.
      await visit(page, `page=backprop&ex=3&step=1&${look}`, 'step-label');
      await expect(page.locator('.step-count')).toHaveText(atStep(1));
      for (let k = 2; k <= 9; k++) {
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.step-count')).toHaveText(atStep(k));
      }
      await page.getByTestId('neuron-2-5').click();
      await expect(page.getByTestId('chain-rule-title')).toBeVisible();
      await page.keyboard.press('End');
      await expect(page.locator('.step-count')).toHaveText(atStep(13));

      await visit(page, `page=descent&${look}`, 'descent-page');
      await page.getByTestId('descent-step').click();
      await expect(page.getByTestId('descent-steps')).toHaveText('1');

      for (const tab of ['chain', 'worked', 'graph', 'jacobian']) {
        await visit(page, `page=lab&lab=${tab}&${look}`, `lab-tab-${tab}`);
        await expect(page.getByTestId(`lab-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        await expect(page.locator('main.lab .card').first()).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  }
}
