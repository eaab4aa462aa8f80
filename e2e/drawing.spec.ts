import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerOnScreen, openApp, shownOutputs } from './fixtures/page';
import { WRITINGS, writeDigit } from './fixtures/handwriting';
import { readStore } from './fixtures/testHandle';

const shipped = JSON.parse(readFileSync('public/models/index.json', 'utf8')) as {
  id: string;
  testAccuracy: number;
}[];

test.beforeEach(async ({ page }) => {
  await openApp(page);
  // The bar: the shipped best model reads hand-drawn digits.
  await page.getByTestId('model-select').selectOption('best');
  const best = shipped.find((m) => m.id === 'best');
  await expect(page.getByTestId('test-accuracy')).toHaveText(
    `${((best?.testAccuracy ?? 0) * 100).toFixed(2)}%`,
  );
  await page.getByTestId('source-drawing').click();
});

test('an empty pad shows no prediction, and clearing brings that back (and a blank input)', async ({
  page,
}) => {
  await expect(page.getByTestId('prediction')).toHaveText('–');
  await writeDigit(page, 7, WRITINGS[0]);
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  const inkSeen = () =>
    page.getByTestId('network-input').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return data.some((v, i) => i % 4 !== 3 && v > 0);
    });
  await expect.poll(inkSeen).toBe(true);
  await page.getByTestId('clear-canvas').click();
  await expect(page.getByTestId('prediction')).toHaveText('–');
  expect((await shownOutputs(page)).every((v) => v === 0)).toBe(true);
  // What the network sees is blank again, not the cleared digit.
  await expect.poll(inkSeen).toBe(false);
});

for (const [set, writing] of WRITINGS.entries()) {
  test(`hand-drawn digits, set ${set + 1}, are read correctly at least 9 times in 10`, async ({
    page,
  }) => {
    const read: string[] = [];
    for (let digit = 0; digit <= 9; digit++) {
      await page.getByTestId('clear-canvas').click();
      await writeDigit(page, digit, writing);
      await expect(page.getByTestId('network-input')).toBeVisible();
      await answerOnScreen(page);
      read.push((await page.getByTestId('prediction').textContent()) ?? '');
      if (digit === 4) await page.screenshot({ path: `test-results/drawn-set${set + 1}-4.png` });
    }
    const right = read.filter((r, d) => r === String(d)).length;
    console.log(`set ${set + 1}: read ${read.join(' ')}`);
    expect(right, `read as ${read.join(' ')}`).toBeGreaterThanOrEqual(9);
  });
}

test('a dot is shown as a dot, with the network’s honest answer', async ({ page }) => {
  const pad = await page.getByTestId('draw-canvas').boundingBox();
  if (!pad) throw new Error('no pad');
  await page.mouse.click(pad.x + pad.width / 2, pad.y + pad.height / 2);
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  const ink = await readStore(
    page,
    (s) => Array.from(s.drawnDigit?.image ?? []).filter((g) => g > 0).length,
  );
  expect(ink).toBeGreaterThan(0);
  expect(ink).toBeLessThan(40);
  const outputs = await shownOutputs(page);
  console.log(`dot: ${ink} inked pixels, outputs ${outputs.map((v) => v.toFixed(2)).join(' ')}`);
  expect(Math.max(...outputs)).toBeLessThan(0.5);
});

test('touch drawing works', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    viewport: { width: 1024, height: 768 },
  });
  const page = await context.newPage();
  await openApp(page);
  await page.getByTestId('source-drawing').click();
  const pad = await page.getByTestId('draw-canvas').boundingBox();
  if (!pad) throw new Error('no pad');
  const cdp = await context.newCDPSession(page);
  const at = (u: number, v: number) => [{ x: pad.x + u * pad.width, y: pad.y + v * pad.height }];
  // A "1": one vertical stroke of touch points.
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.5, 0.15) });
  for (let v = 0.17; v <= 0.85; v += 0.04) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(0.5 - (v - 0.15) * 0.1, v),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(page.getByTestId('prediction')).toHaveText('1');
  await page.screenshot({ path: 'test-results/touch-1.png' });
  await context.close();
});
