import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { chineseSpacingFaults, numbersNotTypeset } from './fixtures/typography';

/**
 * Every page and lab tab in the states that show the most numbers, each with what to wait for
 * and what to press first. Numbers must read as mathematics in both languages.
 */
interface View {
  name: string;
  link: string;
  ready: string;
  act?: (page: Page) => Promise<void>;
}

const click =
  (...ids: string[]) =>
  async (page: Page) => {
    for (const id of ids) await page.getByTestId(id).first().click();
  };

const VIEWS: View[] = [
  {
    name: 'explore, a hidden neuron chosen',
    link: 'page=explore&ex=3&neuron=1-3',
    ready: 'live-chain-rule',
    act: async (page) => {
      await expect(page.getByTestId('gallery')).toBeVisible();
    },
  },
  ...[1, 5, 9, 12, 13].map((step) => ({
    name: `backprop, step ${step}`,
    link: `page=backprop&ex=3&step=${step}&neuron=2-5`,
    ready: 'chain-rule-panel',
    act: async (page: Page) => {
      await expect(page.getByTestId('lesson-cost')).toBeVisible();
      const nudge = page.getByTestId('nudge-run');
      if (await nudge.isVisible()) {
        await nudge.click();
        await expect(page.getByTestId('nudge-ratio-0.01')).toBeVisible();
      }
    },
  })),
  {
    name: 'backprop, a cross-entropy cost far below 10⁻⁹⁰ at the last step',
    link: 'page=backprop&model=best&ex=8&step=13',
    ready: 'lesson-cost',
  },
  {
    name: 'descent, after a few steps',
    link: 'page=descent',
    ready: 'descent-ball-0',
    act: click('descent-step', 'descent-step', 'descent2d-step'),
  },
  {
    name: 'lab, one neuron per layer',
    link: 'page=lab&lab=chain',
    ready: 'chain-lab',
    act: click('chain-descent-step'),
  },
  {
    name: 'lab, worked example',
    link: 'page=lab&lab=worked',
    ready: 'worked',
    act: click('worked-value-grad-w5', 'worked-run-10000'),
  },
  {
    name: 'lab, computational graph',
    link: 'page=lab&lab=graph',
    ready: 'graph-output',
    act: click('graph-preset-squared-error', 'graph-step-all'),
  },
  {
    name: 'lab, Jacobians',
    link: 'page=lab&lab=jacobian',
    ready: 'jacobian-tanh-matrix',
    act: click('jacobian-preset-saturated-wrong', 'jacobian-tanh-cell-2-2'),
  },
];

async function openView(page: Page, view: View, lang: string): Promise<void> {
  // From a blank page, so the last view's own address changes cannot abort the visit.
  await page.goto('about:blank');
  await page.goto(`./?${view.link}&lang=${lang}`);
  // The first visit to a lazily loaded page waits for Vite to serve its module.
  await expect(page.getByTestId(view.ready).first()).toBeVisible({ timeout: 60_000 });
  await view.act?.(page);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

for (const view of VIEWS) {
  test(`numbers read as mathematics: − for minus, ×10ⁿ, no e-notation (${view.name})`, async ({
    page,
  }) => {
    await openView(page, view, 'en');
    expect(await numbersNotTypeset(page)).toEqual([]);
  });

  test(`in Chinese too, and spaced as Chinese is typeset (${view.name})`, async ({ page }) => {
    await openView(page, view, 'zh');
    expect(await numbersNotTypeset(page)).toEqual([]);
    expect(await chineseSpacingFaults(page)).toEqual([]);
  });
}
