import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { vizColors } from '../src/viz/palette';
import { layoutNetwork } from '../src/viz/network/layout';
import { magnitudeScale } from '../src/viz/colorScales';
import { edgeGain, edgeStroke } from '../src/viz/network/edgeScale';
import { edgeEnds } from '../src/viz/network/paintEdges';
import { openBackprop } from './fixtures/backprop';
import { openApp } from './fixtures/page';
import { readStore } from './fixtures/testHandle';

const SHOTS = '/tmp/shots-figure';

/** RGBA pixels of the network view as painted on screen, read back in the page. */
async function viewPixels(page: Page) {
  const view = page.getByTestId('network-view');
  const png = (await view.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    // Decoded here rather than fetched: the page's content policy allows no data: requests.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data: rgba, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { rgba: Array.from(rgba), width, height };
  }, png);
}

test('the strongest hidden→hidden edge is painted wide and opaque, as its scale says', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const weights = await readStore(page, (s) => s.snapshot!.weights.map((w) => Array.from(w)));
  const W = weights.map((w) => Float64Array.from(w));
  // The strongest edge of hidden layer 1 → hidden layer 2 (16 × 16 weights, row j, column k).
  const w2 = W[1];
  let strongest = 0;
  for (let i = 1; i < w2.length; i++) if (Math.abs(w2[i]) > Math.abs(w2[strongest])) strongest = i;
  const [j, k] = [Math.floor(strongest / 16), strongest % 16];
  const box = (await page.getByTestId('network-view').boundingBox())!;
  const layout = layoutNetwork([784, 16, 16, 10], box.width, box.height);
  const colors = vizColors({ theme: 'dark', palette: 'standard', projector: false });
  // What the scale asks of the strongest edge: several pixels wide and nearly opaque.
  const t = Math.abs(w2[strongest]) / magnitudeScale(w2);
  const stroke = edgeStroke(t, edgeGain(16, colors.lineScale, colors.edgeAlpha));
  expect(stroke.width).toBeGreaterThanOrEqual(3);
  expect(stroke.alpha).toBeGreaterThanOrEqual(0.6);

  // A quarter of the way along the edge, sample a vertical profile of the screen.
  const [x0, x1] = edgeEnds(layout, 2);
  const [y0, y1] = [layout.y[1][k], layout.y[2][j]];
  const [px, py] = [x0 + (x1 - x0) / 4, y0 + (y1 - y0) / 4];
  const sign = w2[strongest] >= 0 ? colors.positive : colors.negative;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(sign.slice(i, i + 2), 16));
  await expect
    .poll(
      async () => {
        const { rgba, width } = await viewPixels(page);
        let run = 0;
        for (let dy = -8; dy <= 8; dy++) {
          const i = 4 * (Math.round(py + dy) * width + Math.round(px));
          // Close to the sign's colour at ≥ 80% opacity over the dark card (1 px hairlines at
          // half resolution, as before, came out at a fraction of that).
          const close =
            Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) < 60;
          if (close) run++;
        }
        return run;
      },
      { message: 'pixels of the strongest hidden edge, across it', timeout: 60_000 },
    )
    .toBeGreaterThanOrEqual(3);
  await page.getByTestId('network-view').screenshot({ path: `${SHOTS}/e2e-network-dark.png` });
});

test('the network legend says what the picture does, in each theme and language', async ({
  page,
}) => {
  await openApp(page);
  const legend = page.getByTestId('network-legend');
  for (const theme of ['dark', 'light']) {
    await page.goto(`./?theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(legend).toContainText('thicker, bolder edges: larger |w|');
    await expect(legend).not.toContainText('brighter');
  }
  await page.getByTestId('edge-mode-contribution').click();
  await expect(legend).toContainText('thicker, bolder edges: larger |w·a|');
  await page.getByTestId('language-zh').click();
  await expect(legend).toContainText('边越粗越浓，|w·a|\u00a0越大');
  await expect(legend).not.toContainText('越亮');
});

test('on the backprop page, δ labels are never 0 where δ ≠ 0, and no colour means two things', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await openBackprop(page);
  while (
    !/^Through the activation/.test((await page.getByTestId('step-label').textContent()) ?? '')
  )
    await page.getByTestId('step-next').click();
  for (let d = 0; d < 10; d++) {
    const neuron = page.getByTestId(`neuron-3-${d}`);
    await expect(neuron).toHaveAttribute('data-quantity', 'dCdz');
    const delta = Number(await neuron.getAttribute('data-value'));
    const label = (await neuron.locator('text.neuron-value').textContent()) ?? '';
    expect(label, `output ${d}, δ = ${delta}`).not.toMatch(/-/);
    if (delta !== 0) expect(label, `output ${d}, δ = ${delta}`).not.toMatch(/^[+−]?0(\.0*)?$/);
    // The label is the value: sign and leading digits agree with δ.
    const parsed = Number(
      label
        .replace('−', '-')
        .replace(
          /×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/,
          (_, p: string) =>
            `e${[...p].map((c) => (c === '⁻' ? '-' : '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))).join('')}`,
        ),
    );
    expect(Math.abs(parsed - delta)).toBeLessThanOrEqual(Math.abs(delta) * 0.05);
  }
  const legend = page.getByTestId('step-legend');
  await expect(legend).toContainText('● violet cost falls if it rises · ● orange cost falls');
  await page.goto(`./?page=backprop&palette=colourblind`);
  await expect(page.getByTestId('sign-cue-legend')).toContainText('dashed orange');
  while (
    !/^Through the activation/.test((await page.getByTestId('step-label').textContent()) ?? '')
  )
    await page.getByTestId('step-next').click();
  // Orange is the negative weights' colour here: the nudges are purple and green instead.
  await expect(legend).toContainText('● purple cost falls if it rises · ● green cost falls');
  await expect(legend).not.toContainText('● orange');
  await page.screenshot({ path: `${SHOTS}/e2e-backprop-colourblind.png` });
});
