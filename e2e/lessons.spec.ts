import { expect, test } from '@playwright/test';
import { focusOnScreen, lessonText, nextSlide, slideShown } from './fixtures/lessons';
import { openApp } from './fixtures/page';
import { overflowing } from './fixtures/projector';

/** Chinese characters: a narration in Chinese has them, an English one has none. */
const HAN = /\p{Script=Han}/u;

test('from Lessons, PageDown walks every scene of the course with its place "k / n", and back', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByTestId('lesson-start').click();
  await slideShown(page);
  const first = await lessonText(page);
  const total = Number(first.progress.split(' / ')[1]);
  expect(first.progress).toBe(`1 / ${total}`);
  expect(total).toBeGreaterThanOrEqual(40);

  const seen = new Set<string>();
  let scene = 1;
  for (;;) {
    const shown = await lessonText(page);
    const k = Number(shown.progress.split(' / ')[0]);
    // A scene's builds keep its number; the next scene's is one more.
    expect([scene, scene + 1]).toContain(k);
    scene = k;
    expect(shown.title.length).toBeGreaterThan(0);
    expect(shown.narration.length).toBeGreaterThan(0);
    expect(HAN.test(shown.narration)).toBe(false);
    seen.add(`${shown.title}\n${shown.narration}`);
    if (await page.getByTestId('lesson-next').isDisabled()) break;
    await nextSlide(page);
  }
  expect(scene).toBe(total);
  expect(seen.size).toBeGreaterThanOrEqual(40);

  // Home goes back to the first scene, PageUp does nothing there, End to the last.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('lesson-progress')).toHaveText(`1 / ${total}`);
  await expect(page.getByTestId('lesson-title')).toHaveText(first.title);
  await page.keyboard.press('End');
  await expect(page.getByTestId('lesson-progress')).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lesson-bar')).toHaveCount(0);
});

test('in Chinese the lessons speak Chinese', async ({ page }) => {
  await page.goto('./?lang=zh');
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await page.getByTestId('lesson-start').click();
  await slideShown(page);
  for (let i = 0; i < 5; i++) {
    const { title, narration } = await lessonText(page);
    expect(title).toMatch(HAN);
    expect(narration).toMatch(HAN);
    await nextSlide(page);
  }
});

test('B blanks the stage and brings it back; the clicker keys beat the timeline’s', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('lesson-start').click();
  await slideShown(page);
  await page.keyboard.press('b');
  await expect(page.getByTestId('lesson-blank')).toBeVisible();
  // Blanked, a key only brings the stage back: the lesson stays where it was.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('lesson-blank')).toHaveCount(0);
  await expect(page.getByTestId('lesson-progress')).toHaveText(/^1 \//);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-slide', '0');
});

test('the presenter window shows the notes and the next scene, and its keys move the stage', async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.getByTestId('lesson-start').click();
  await slideShown(page);
  const opened = context.waitForEvent('page');
  await page.getByTestId('presenter-open').click();
  const presenter = await opened;
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  const first = await lessonText(page);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(first.title);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(first.narration);
  await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^\d+:\d\d$/);

  await presenter.keyboard.press('PageDown');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-slide', '1');
  await slideShown(page);
  const second = await lessonText(page);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(second.narration);

  // And the other way: the stage's keys move the presenter's notes.
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-slide', '0');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(first.narration);
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('lesson-blank')).toBeVisible();
  await presenter.getByTestId('presenter-blank').click();
  await expect(page.getByTestId('lesson-blank')).toHaveCount(0);
});

test('every scene at 1024×768 on a projector: its focus on screen above the bar, nothing wider than the screen', async ({
  page,
}) => {
  test.setTimeout(900_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?projector=1');
  await expect(page.getByTestId('prediction')).toHaveText(/^[0-9]$/);
  await page.getByTestId('lesson-start').click();
  let shot = 0;
  for (;;) {
    await slideShown(page);
    const where = await expect
      .poll(async () => (await focusOnScreen(page))?.shown ?? 0, {
        message: `the focus of slide ${shot + 1}`,
      })
      .toBeGreaterThan(0.6)
      .then(() => focusOnScreen(page));
    expect(await overflowing(page), where?.focus).toEqual([]);
    await page.screenshot({
      path: `test-results/lesson-scenes/${String(++shot).padStart(2, '0')}.png`,
    });
    if (await page.getByTestId('lesson-next').isDisabled()) break;
    await nextSlide(page);
  }
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`a scene about activations flowing plays the signal forward on the network (${reducedMotion} motion)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await openApp(page);
    await page.getByTestId('lesson-start').click();
    await slideShown(page);
    await nextSlide(page);
    await nextSlide(page);
    await expect(page.getByTestId('lesson-title')).toHaveText('Activations flow forward');
    // The motion starts at the frame after the scene is shown, and runs for over a second.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const flow = page.getByTestId('signal-flow');
    if (reducedMotion === 'reduce') {
      await expect(flow).not.toHaveAttribute('data-motion');
      await expect(flow).toHaveAttribute('width', '0');
    } else {
      await expect(flow).toHaveAttribute('data-motion', 'forward');
    }
    await context.close();
  });
}
