import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { answerOnScreen, openApp, shownOutputs } from './fixtures/page';
import { engineSettled } from './fixtures/testHandle';
import { unnamedElements } from './fixtures/accessibleNames';
import { textAudit } from './fixtures/projector';

declare global {
  interface Window {
    /** How many times the answer's live region has changed since the count began. */
    __announcements?: { count: number };
  }
}

/** Counts the times the live region's text changes from now on. */
async function countAnnouncements(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="prediction-announcement"]');
    if (!region) throw new Error('no live region');
    const seen = { count: 0 };
    Object.assign(window, { __announcements: seen });
    new MutationObserver(() => (seen.count += 1)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => window.__announcements?.count ?? 0);
}

/** window.scrollY one animation frame after clicking the first digit of the mistakes gallery. */
async function scrollAfterGalleryClick(page: Page): Promise<number> {
  const digit = page.locator('[data-testid^="gallery-digit-"]').first();
  await digit.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await digit.click();
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(window.scrollY))),
  );
}

/** The chain lab's descent steps on the first frame that shows any after clicking Run. */
async function firstStepsShown(page: Page): Promise<number> {
  await page.getByTestId('page-lab').click();
  await page.getByTestId('chain-descent-run').click();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const look = () => {
          const shown = document.querySelector('[data-testid="chain-descent-steps"]');
          const steps = Number(shown?.getAttribute('data-value'));
          if (steps > 0) resolve(steps);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}

test('the network’s answer is announced politely, once, when the pen lifts', async ({ page }) => {
  await openApp(page);
  const region = page.getByTestId('prediction-announcement');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await page.getByTestId('source-drawing').click();
  await expect(region).toHaveText('The pad is empty.');
  const announcements = await countAnnouncements(page);
  await writeDigit(page, 3, WRITINGS[0]);
  const digit = await page.getByTestId('prediction').textContent();
  await expect(region).toHaveText(new RegExp(`^The network reads ${digit} \\(\\d{1,3}%\\)$`));
  // Every answer the engine will give is in: the one read out is the one on screen, and
  // nothing is left to read out.
  await engineSettled(page);
  await answerOnScreen(page);
  await expect(page.getByTestId('prediction')).toHaveText(digit ?? '');
  await expect(region).toHaveText(new RegExp(`^The network reads ${digit} \\(\\d{1,3}%\\)$`));
  expect(await announcements()).toBe(1);

  await page.getByTestId('language-zh').click();
  await expect(region).toHaveText(new RegExp(`^网络认为这是 ${digit}（\\d{1,3}%）$`));
  // The answer on screen is not itself a live region: it changes every frame of a stroke.
  await expect(page.locator('.outputs .answer')).not.toHaveAttribute('aria-live');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing transitions, the gallery jumps and the lab’s run is one step', async ({ page }) => {
    await openApp(page);
    const duration = await page.evaluate(() => {
      const probe = document.createElement('button');
      probe.style.transition = 'opacity 1s 0.5s';
      document.querySelector('.app')?.append(probe);
      const { transitionDuration, transitionDelay } = getComputedStyle(probe);
      probe.remove();
      return `${transitionDuration} ${transitionDelay}`;
    });
    expect(duration).toBe('0s 0s');
    expect(await scrollAfterGalleryClick(page)).toBe(0);
    expect(await firstStepsShown(page)).toBe(100);
  });
});

test('without reduced motion, transitions run, the gallery scrolls smoothly and the run animates', async ({
  page,
}) => {
  await openApp(page);
  const duration = await page.evaluate(() => {
    const probe = document.createElement('button');
    probe.style.transition = 'opacity 1s';
    document.querySelector('.app')?.append(probe);
    const { transitionDuration } = getComputedStyle(probe);
    probe.remove();
    return transitionDuration;
  });
  expect(duration).toBe('1s');
  expect(await scrollAfterGalleryClick(page)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  expect(await firstStepsShown(page)).toBeLessThan(100);
  await expect(page.getByTestId('chain-descent-steps')).toHaveText('100');
});

/** Every page and lab tab: an element that shows it has drawn, and whether it typesets formulas. */
const VIEWS = [
  { name: 'explore', link: './?page=explore&ex=3', ready: 'output-activation-0', tex: false },
  { name: 'backprop', link: './?page=backprop&ex=3&step=9', ready: 'chain-rule-title', tex: true },
  { name: 'descent', link: './?page=descent', ready: 'descent-ball-0', tex: true },
  ...['chain', 'worked', 'graph', 'jacobian'].map((tab) => ({
    name: `lab ${tab}`,
    link: './?page=lab',
    ready: `lab-tab-${tab}`,
    tab,
    // The graph lab typesets its rule only once the user steps backwards.
    tex: tab !== 'graph',
  })),
];

/** Opens every view with the extra link parameters and collects what `audit` finds on each. */
async function auditEveryView(
  page: Page,
  params: string,
  audit: (page: Page) => Promise<string[]>,
): Promise<Record<string, string[]>> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const found: Record<string, string[]> = {};
  for (const view of VIEWS) {
    await page.goto(`${view.link}&${params}`);
    await expect(page.getByTestId(view.ready).first()).toBeVisible();
    if ('tab' in view) await page.getByTestId(view.ready).click();
    if (view.tex) await expect(page.locator('.katex:visible').first()).toBeVisible();
    const problems = await audit(page);
    if (problems.length > 0) found[view.name] = problems;
  }
  return found;
}

for (const theme of ['dark', 'light']) {
  test(`outside projector mode, all text reaches 4.5:1 in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(await auditEveryView(page, `theme=${theme}`, (p) => textAudit(p, 0, 4.5))).toEqual({});
  });
}

for (const lang of ['en', 'zh']) {
  test(`every control, neuron and chart has an accessible name (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(await auditEveryView(page, `lang=${lang}`, unnamedElements)).toEqual({});
  });
}

test('the page tabs follow the tabs pattern: one Tab stop, arrows, Home and End move and select', async ({
  page,
}) => {
  await openApp(page);
  const tab = (name: string) => page.getByTestId(`page-${name}`);
  await expect(tab('explore')).toHaveAttribute('tabindex', '0');
  for (const other of ['backprop', 'descent', 'lab', 'sequence']) {
    await expect(tab(other)).toHaveAttribute('tabindex', '-1');
  }
  await tab('explore').focus();
  for (const [key, name] of [
    ['ArrowRight', 'backprop'],
    ['ArrowRight', 'descent'],
    ['End', 'sequence'],
    ['ArrowRight', 'explore'],
    ['ArrowLeft', 'sequence'],
    ['Home', 'explore'],
  ]) {
    await page.keyboard.press(key);
    await expect(tab(name)).toBeFocused();
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(tab(name)).toHaveAttribute('tabindex', '0');
  }
  // On the backprop page → steps the lesson, but not while focus is on the tabs.
  await page.keyboard.press('ArrowRight');
  await expect(tab('backprop')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of 13/);
});

test('the drawing pad draws by keyboard, through the same strokes as a pointer', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('source-drawing').click();
  const pad = page.getByTestId('draw-canvas');
  await expect(pad).toHaveAttribute('role', 'application');
  await expect(pad).toHaveAccessibleName('Drawing pad: draw a digit from 0 to 9');
  await expect(pad).toHaveAccessibleDescription(/arrow keys move the pen/);
  await pad.focus();
  const cursor = page.getByTestId('pad-cursor');
  await expect(cursor).toHaveAttribute('data-col', '14');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(cursor).toHaveAttribute('data-row', '6');
  await page.keyboard.press('Space');
  await expect(cursor).toHaveAttribute('data-pen', 'down');
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cursor).toHaveAttribute('data-pen', 'up');
  await expect(cursor).toHaveAttribute('data-row', '22');
  // A vertical bar: read as a 1, with the outputs of the same bar drawn by mouse.
  await expect(page.getByTestId('prediction')).toHaveText('1');
  await engineSettled(page);
  const byKeys = await shownOutputs(page);
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('prediction')).toHaveText('–');

  const box = (await pad.boundingBox())!;
  const inner = await pad.evaluate((el) => (el as HTMLCanvasElement).clientWidth);
  const at = (cell: number) => (cell + 0.5) * (inner / 28);
  await page.mouse.move(box.x + 1 + at(14), box.y + 1 + at(6));
  await page.mouse.down();
  for (let row = 7; row <= 22; row++)
    await page.mouse.move(box.x + 1 + at(14), box.y + 1 + at(row));
  await page.mouse.up();
  await expect(page.getByTestId('prediction')).toHaveText('1');
  await engineSettled(page);
  const byMouse = await shownOutputs(page);
  byMouse.forEach((a, j) => expect(a).toBeCloseTo(byKeys[j], 2));

  await page.getByTestId('language-zh').click();
  await expect(pad).toHaveAccessibleDescription(/方向键移动笔尖/);
});
