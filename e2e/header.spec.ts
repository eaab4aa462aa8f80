import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openApp } from './fixtures/page';

interface Band {
  top: number;
  bottom: number;
  /** What sits in this row: the title, the tagline, and every control's test id or text. */
  items: string[];
}

/**
 * The header's rows: the title, the tagline and every button, grouped by vertical overlap (two
 * boxes overlapping vertically share a row), top to bottom.
 */
async function headerRows(page: Page): Promise<Band[]> {
  return page.locator('header').evaluate((header) => {
    const rows: { top: number; bottom: number; items: string[] }[] = [];
    const parts = Array.from(header.querySelectorAll<HTMLElement>('h1, .tagline, button')).filter(
      (e) => e.getClientRects().length > 0,
    );
    for (const part of parts) {
      const box = part.getBoundingClientRect();
      const name = part.dataset.testid ?? part.tagName.toLowerCase() + ':' + part.textContent;
      const row = rows.find((r) => box.top < r.bottom && box.bottom > r.top);
      if (row) {
        row.top = Math.min(row.top, box.top);
        row.bottom = Math.max(row.bottom, box.bottom);
        row.items.push(name);
      } else {
        rows.push({ top: box.top, bottom: box.bottom, items: [name] });
      }
    }
    return rows.sort((a, b) => a.top - b.top);
  });
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];
const PAGES = ['page-explore', 'page-backprop', 'page-descent', 'page-lab', 'page-sequence'];

for (const size of SIZES) {
  for (const language of ['en', 'zh'] as const) {
    test(`the header fits its tabs in one row and its tools in two at ${size.width}×${size.height} in ${language}, every control in view`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await page.getByTestId(`language-${language}`).click();
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        language === 'zh' ? 'zh-CN' : 'en',
      );
      for (const tab of PAGES) {
        await page.getByTestId(tab).click();
        await expect(page.getByTestId(tab)).toHaveAttribute('aria-selected', 'true');
        const rows = await headerRows(page);
        const where = `${tab}: ${rows.map((r) => r.items.join(' ')).join(' / ')}`;
        // The title with the page tabs, then the tools: the lessons, the deck, the display
        // and sharing take at most two rows below (projector mode tucks the deck and sharing).
        expect(rows.length, where).toBeGreaterThanOrEqual(2);
        expect(rows.length, where).toBeLessThanOrEqual(3);
        expect(rows[0].items, where).toContain('h1:DeltaScope');
        expect(rows[0].items, where).toContain(tab);
        expect(
          rows.slice(1).flatMap((r) => r.items),
          where,
        ).toEqual(
          expect.arrayContaining([
            'lesson-start',
            'deck-add-scene',
            'deck-export',
            'language-zh',
            'projector-toggle',
            'copy-link',
            'export-svg',
          ]),
        );
        // Nothing below the tools, nothing past the right edge.
        const header = await page.locator('header').boundingBox();
        const last = rows[rows.length - 1];
        expect(header!.y + header!.height, where).toBeLessThanOrEqual(last.bottom + 1);
        expect(header!.x + header!.width, where).toBeLessThanOrEqual(size.width);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, where).toBeLessThanOrEqual(0);
      }
      await page.getByTestId('page-explore').click();
      await page.screenshot({
        path: `e2e/screenshots/header-${language}-${size.width}x${size.height}.png`,
        clip: { x: 0, y: 0, width: size.width, height: 160 },
      });
    });
  }
}

test('in projector mode at 1024×768 the header keeps two rows: sharing waits behind Controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await page.getByTestId('projector-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
  for (const tab of PAGES) {
    await page.getByTestId(tab).click();
    const rows = await headerRows(page);
    const where = `${tab}: ${rows.map((r) => r.items.join(' ')).join(' / ')}`;
    expect(rows, where).toHaveLength(2);
    expect(rows[1].items, where).toEqual(
      expect.arrayContaining([
        'language-zh',
        'theme-light',
        'projector-toggle',
        'projector-controls',
        'lesson-start',
      ]),
    );
    await expect(page.getByTestId('copy-link')).toBeHidden();
  }
  await page.getByTestId('projector-controls').click();
  await expect(page.getByTestId('copy-link')).toBeVisible();
  await expect(page.getByTestId('export-png')).toBeVisible();
});
