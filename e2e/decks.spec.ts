import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { goToStep, openBackprop } from './fixtures/backprop';
import { openApp } from './fixtures/page';
import { readStore } from './fixtures/testHandle';

/** The scenes' titles as the deck panel shows them, in order. */
async function panelTitles(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="deck-scene-title-"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** The decks and which is current, as the store holds them. */
const storedDecks = (page: Page) =>
  readStore(page, (s) => JSON.stringify({ decks: s.decks, deckIndex: s.deckIndex }));

/** Adds the explore page's first digit, then backprop step 3 of it: two scenes. */
async function addTwoScenes(page: Page): Promise<void> {
  await page.getByTestId('deck-add-scene').click();
  await openBackprop(page);
  await goToStep(page, 2);
  await page.getByTestId('deck-add-scene').click();
  await expect(page.getByTestId('deck-open')).toHaveText('Deck (2)');
}

/** A new browser context, with no storage and nothing shared with the first page. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test('a deck saved to a file opens and plays in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await addTwoScenes(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('deck-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('My deck.deltascope-deck.json');
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file).toMatchObject({ format: 'deltascope-deck', version: 1, title: 'My deck' });
  expect(file.scenes.map((s: { title: string }) => s.title)).toEqual([
    'Explore · digit 7',
    'Backprop · step 3 · digit 7',
  ]);
  expect(file.scenes[1].query).toContain('page=backprop');
  expect(file.scenes[1].query).toContain('step=3');

  const fresh = await freshPage(browser);
  await openApp(fresh);
  await fresh.getByTestId('deck-import').setInputFiles(path);
  await expect(fresh.getByTestId('lesson-progress')).toHaveText('1 / 2');
  await expect(fresh.getByTestId('lesson-title')).toHaveText(file.scenes[0].title);
  await expect(fresh.getByTestId('deck-open')).toHaveText('Deck (2)');
  await fresh.context().close();
});

test('a bad deck file is refused with a message and changes nothing', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('deck-add-scene').click();
  const before = await storedDecks(page);
  const badScene = {
    format: 'deltascope-deck',
    version: 1,
    title: 'Broken',
    scenes: [{ title: 'Too far', note: '', query: 'page=backprop&step=99' }],
  };
  await page.getByTestId('deck-import').setInputFiles({
    name: 'broken.deltascope-deck.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(badScene)),
  });
  await expect(page.getByTestId('notice')).toContainText(
    /broken\.deltascope-deck\.json.*cannot be opened as a deck: the query of scene 1 has values that cannot be used: step=.*99.*Your decks are unchanged\./,
  );
  await page.getByTestId('deck-import').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('Scene 1: backprop'),
  });
  await expect(page.getByTestId('notice').last()).toContainText('it is not a JSON file.');
  expect(await storedDecks(page)).toBe(before);
  await expect(page.getByTestId('deck-open')).toHaveText('Deck (1)');
  await expect(page.getByTestId('lesson-bar')).toHaveCount(0);
});

test('a deck is edited in its panel and survives a reload', async ({ page }) => {
  await openApp(page);
  await addTwoScenes(page);
  await page.getByTestId('page-descent').click();
  await page.getByTestId('deck-add-scene').click();
  await expect(page.getByTestId('deck-open')).toHaveText('Deck (3)');

  await page.getByTestId('deck-open').click();
  const panel = page.getByTestId('deck-panel');
  await expect(panel).toBeVisible();
  expect(await panelTitles(page)).toEqual([
    'Explore · digit 7',
    'Backprop · step 3 · digit 7',
    'Descent',
  ]);
  await panel.getByLabel('Deck title').fill('Lesson 3');
  await panel.getByLabel('Title of scene 1').fill('Start here');
  await panel.getByLabel('Note on scene 2, shown as its narration').fill('The error flows back.');
  // Moved with the keyboard: the focus follows the scene to its new place.
  await panel.getByRole('button', { name: 'Move scene 3 up' }).focus();
  await page.keyboard.press('Enter');
  expect(await panelTitles(page)).toEqual(['Start here', 'Descent', 'Backprop · step 3 · digit 7']);
  await expect(panel.getByRole('button', { name: 'Move scene 2 up' })).toBeFocused();
  await panel.getByRole('button', { name: 'Delete scene 2' }).click();
  expect(await panelTitles(page)).toEqual(['Start here', 'Backprop · step 3 · digit 7']);
  await expect(panel.getByLabel('Note on scene 2, shown as its narration')).toHaveValue(
    'The error flows back.',
  );
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('deck-open')).toBeFocused();
  await expect(page.getByTestId('deck-open')).toHaveText('Deck (2)');

  await page.reload();
  await expect(page.getByTestId('deck-open')).toHaveText('Deck (2)');
  await page.getByTestId('deck-open').click();
  await expect(panel.getByLabel('Deck title')).toHaveValue('Lesson 3');
  expect(await panelTitles(page)).toEqual(['Start here', 'Backprop · step 3 · digit 7']);
  await expect(panel.getByLabel('Note on scene 2, shown as its narration')).toHaveValue(
    'The error flows back.',
  );

  // Played from its second scene, the note is the narration.
  await panel.getByRole('button', { name: 'Play from scene 2' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('lesson-progress')).toHaveText('2 / 2');
  await expect(page.getByTestId('lesson-narration')).toHaveText('The error flows back.');
});

test('a small deck travels in a link', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await addTwoScenes(page);
  await page.getByTestId('deck-open').click();
  await page.getByTestId('deck-copy-link').click();
  await expect(page.getByTestId('deck-copy-link')).toHaveText('✓ Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?deck=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(2_000);

  const fresh = await freshPage(browser);
  await fresh.goto(link);
  await expect(fresh.getByTestId('lesson-progress')).toHaveText('1 / 2');
  await expect(fresh.getByTestId('lesson-title')).toHaveText('Explore · digit 7');
  await fresh.context().close();
});
