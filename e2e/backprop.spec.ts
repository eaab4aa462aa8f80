import { expect, test } from '@playwright/test';
import { engineTrace, formulaText, goToStep, openBackprop, shownStep } from './fixtures/backprop';
import { openApp } from './fixtures/page';
import { texNumber } from '../src/math/texNumber';

/** A number as KaTeX's text shows it once formulaText has normalised its minus signs. */
const katexText = (x: number) => texNumber(x).replace(/ \\times 10\^\{(-?\d+)\}/, '×10$1');

/** Titles and the columns in play of the 13 steps of a 784-16-16-10 sigmoid network. */
const STEPS: [RegExp, string][] = [
  [/^Forward: input → hidden layer 1$/, '0-1'],
  [/^Forward: hidden layer 1 → hidden layer 2$/, '1-2'],
  [/^Forward: hidden layer 2 → output$/, '2-3'],
  [/^The cost C₀ = Σⱼ \(aⱼ − yⱼ\)²$/, '3-3'],
  [/^What each output neuron wants$/, '3-3'],
  [/^Through the activation: δ = ∂C\/∂z at the output$/, '3-3'],
  [/^Desires summed into hidden layer 2$/, '2-3'],
  [/^δ for hidden layer 2$/, '2-2'],
  [/^Desires summed into hidden layer 1$/, '1-2'],
  [/^δ for hidden layer 1$/, '1-1'],
  [/^The gradient/, ''],
  [/^The update/, ''],
  [/^Forward again: the cost falls$/, ''],
];

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await openBackprop(page);
});

test('stepping forward through every step and back shows identical numbers', async ({ page }) => {
  const forward = [];
  for (let i = 0; i < STEPS.length; i++) {
    if (i > 0) await page.getByTestId('step-next').click();
    await expect(page.getByTestId('step-label')).toHaveText(STEPS[i][0]);
    const shown = await shownStep(page);
    expect(shown.band).toBe(STEPS[i][1]);
    forward.push(shown);
  }
  await expect(page.getByTestId('step-next')).toBeDisabled();
  // Forward steps never show values from later layers; backward steps colour by gradient.
  expect(forward[0].neurons.find((n) => n[0] === 'neuron-2-0')?.[1]).toBe('unknown');
  expect(forward[0].neurons.find((n) => n[0] === 'neuron-1-0')?.[1]).toBe('a');
  expect(forward[4].neurons.find((n) => n[0] === 'neuron-3-0')?.[1]).toBe('dCda');
  expect(forward[7].neurons.find((n) => n[0] === 'neuron-2-0')?.[1]).toBe('dCdz');
  expect(forward[7].neurons.find((n) => n[0] === 'neuron-1-0')?.[1]).toBe('a');
  for (let i = STEPS.length - 1; i >= 0; i--) {
    expect(await shownStep(page)).toEqual(forward[i]);
    if (i > 0) await page.getByTestId('step-prev').click();
  }
  await expect(page.getByTestId('step-prev')).toBeDisabled();
  // The slider scrubs too, and keeps its arrow keys while it has focus.
  await page.getByTestId('step-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[2][0]);
});

test('the chain rule for a chosen edge equals the engine, and the nudge check agrees', async ({
  page,
}) => {
  const engine = engineTrace('3b1b', 0);
  await goToStep(page, 10);
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[10][0]);
  await page.getByTestId('neuron-3-7').click();
  await expect(page.getByTestId('chain-rule-title')).toContainText('7');
  const k = Number(await page.getByTestId('edge-choice-0').getAttribute('data-k'));
  await page.getByTestId('edge-choice-0').click();
  await expect(page.getByTestId('edge-choice-0')).toHaveAttribute('aria-pressed', 'true');
  const expected = engine.dCdW[2][7 * 16 + k];
  const line = page.getByTestId('chain-rule-dCdw');
  await expect(line).toBeVisible();
  expect(Number(await line.getAttribute('data-value'))).toBeCloseTo(expected, 12);
  const text = await formulaText(page, 'chain-rule-dCdw');
  expect(text).toMatch(new RegExp(`=${katexText(expected).replace('.', '\\.')}$`));
  // The factors shown: a_k, σ'(z_j) and ∂C/∂a_j, as the engine has them.
  const factors = [engine.a[2][k], engine.a[3][7] * (1 - engine.a[3][7]), engine.dCda[3][7]];
  for (const f of factors) expect(text).toContain(katexText(f));

  await page.getByTestId('nudge-run').click();
  const ratio = Number(await page.getByTestId('nudge-ratio-0.01').getAttribute('data-value'));
  const chain = Number(await page.getByTestId('nudge-chain').getAttribute('data-value'));
  expect(chain).toBeCloseTo(expected, 12);
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(chain))) - 1);
  expect(Math.abs(ratio - chain)).toBeLessThan(unit / 2);
});

test('after the update step the cost is lower; PageDown and Home drive the timeline', async ({
  page,
}) => {
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[1][0]);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[2][0]);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[1][0]);
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[12][0]);
  const before = Number(await page.getByTestId('lesson-cost').getAttribute('data-value'));
  const after = Number(await page.getByTestId('lesson-cost-after').getAttribute('data-value'));
  expect(before).toBeCloseTo(engineTrace('3b1b', 0).cost, 12);
  expect(after).toBeLessThan(before);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[0][0]);
});

test('a new example or model mid-timeline starts the timeline over', async ({ page }) => {
  await goToStep(page, 6);
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[6][0]);
  await page.getByRole('button', { name: 'Next digit', exact: true }).click();
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[0][0]);
  await page.keyboard.press('End');
  const cost = Number(await page.getByTestId('lesson-cost').getAttribute('data-value'));
  expect(cost).toBeCloseTo(engineTrace('3b1b', 1).cost, 12);

  await goToStep(page, 6);
  await page.getByTestId('model-select').selectOption('best');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[0][0]);
  await page.keyboard.press('End');
  const best = Number(await page.getByTestId('lesson-cost').getAttribute('data-value'));
  expect(best).toBeCloseTo(engineTrace('best', 1).cost, 12);
});

test('pointing at one of the selected neuron’s edges explains that weight', async ({ page }) => {
  const engine = engineTrace('3b1b', 0);
  await goToStep(page, 10);
  await page.getByTestId('neuron-3-7').click();
  const from = await page.getByTestId('neuron-2-4').locator('circle').boundingBox();
  const to = await page.getByTestId('neuron-3-7').locator('circle').boundingBox();
  if (!from || !to) throw new Error('neurons not laid out');
  // The midpoint of the edge, which runs from circle edge to circle edge.
  const x = (from.x + from.width + to.x) / 2;
  const y = (from.y + from.height / 2 + to.y + to.height / 2) / 2;
  await page.mouse.move(x, y);
  await expect(page.getByTestId('chain-rule-title')).toHaveText(
    'Weight into output neuron “7” from hidden layer 2, neuron 5',
  );
  const shown = Number(await page.getByTestId('chain-rule-dCdw').getAttribute('data-value'));
  expect(shown).toBeCloseTo(engine.dCdW[2][7 * 16 + 4], 12);
  await page.mouse.click(x, y);
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('chain-rule-title')).toHaveText(/^Weight into output neuron “7”/);
});

test('Space plays the steps at a readable pace and stops again', async ({ page }) => {
  // Space on a focused button presses that button; on the page it plays the timeline.
  await page.locator('.step-caption').click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('step-label')).toHaveText(STEPS[1][0], { timeout: 6000 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'false');
});

test('the mini-batch gradient strip finds a weight in the network', async ({ page }) => {
  const strip = page.getByTestId('gradient-strip');
  await strip.scrollIntoViewIfNeeded();
  const box = await strip.boundingBox();
  if (!box) throw new Error('no gradient strip');
  // The output block is the last 17 columns of 6 px: w_{7,4} sits in row 7, column 4.
  const x = box.x + box.width - 17 * 6 + 4 * 6 + 3;
  const y = box.y + 7 * 7 + 3;
  await page.mouse.move(x, y);
  await expect(page.getByTestId('chain-rule-title')).toHaveText(
    'Weight into output neuron “7” from hidden layer 2, neuron 5',
  );
  const mean =
    Array.from({ length: 10 }, (_, i) => engineTrace('3b1b', i).dCdW[2][7 * 16 + 4]).reduce(
      (s, g) => s + g,
      0,
    ) / 10;
  const shown = Number(await page.getByTestId('gradient-pointed').getAttribute('data-value'));
  expect(shown).toBeCloseTo(-mean, 12);
  await page.locator('.gradient-strip').screenshot({ path: 'test-results/gradient-strip.png' });
});
