import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openBackprop } from './fixtures/backprop';
import { openApp } from './fixtures/page';

const SHOTS = '/tmp/shots-figure';

async function readDownload(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function exported(page: Page, kind: 'png' | 'svg') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${kind}`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file), file };
}

/** What a slide would show of the SVG, read by the browser's own parser. */
async function readSvg(page: Page, source: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = (selector: string) => Array.from(doc.querySelectorAll(selector));
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      images: all('image').length,
      foreignObjects: all('foreignObject').length,
      neurons: all('g.network g.neuron circle').length,
      edgePaths: all('g.network > path').length,
      edgeSegments: all('g.network > path').reduce(
        (n, p) => n + ((p.getAttribute('d') ?? '').match(/M/g) ?? []).length,
        0,
      ),
      digitSquares: all('g.digit rect').length,
      outputLabels: all('g.outputs text').map((t) => t.textContent),
      title: doc.querySelector('.scene-title')?.textContent ?? '',
      formula: doc.querySelector('.scene-formula')?.textContent ?? '',
      shifted: all('.scene-formula tspan[baseline-shift]').length,
      legend: all('.scene-legend').map((t) => t.textContent ?? ''),
      external: /(href|src)="(?!data:|#)/.test(text),
    };
  }, source);
}

async function lookAt(page: Page, svg: string, path: string) {
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 1280, height: 720 });
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await viewer.setContent(`<body style="margin:0"><img id="svg" src="${source}"></body>`);
  await viewer.locator('#svg').screenshot({ path });
  await viewer.close();
}

test('explore exports the scene as a 2× PNG and a vector SVG: digit, network, outputs, legend', async ({
  page,
}) => {
  await openApp(page);
  const answer = (await page.getByTestId('prediction').textContent()) ?? '';
  await page.getByTestId('neuron-1-4').click();
  await expect(page.getByTestId('neuron-card')).toContainText('Hidden layer 1, neuron 5');
  // The export copies the neuron's typeset formula: KaTeX's chunk may still be on its way.
  await page.waitForFunction(() => !document.querySelector('.tex[aria-busy="true"]'));

  const svg = await exported(page, 'svg');
  expect(svg.name).toBe(`deltascope-explore-reads-${answer}-slide-vector.svg`);
  const text = svg.bytes.toString('utf8');
  const shown = await readSvg(page, text);
  expect(shown.error).toBeNull();
  // Vector through and through: no embedded picture, no HTML island.
  expect(shown.images).toBe(0);
  expect(shown.foreignObjects).toBe(0);
  expect(shown.external).toBe(false);
  expect(shown.neurons).toBe(16 + 16 + 10);
  expect(shown.edgeSegments).toBe(784 * 16 + 16 * 16 + 16 * 10);
  expect(shown.digitSquares).toBeGreaterThan(50);
  expect(shown.title).toBe(`Network 784-16-16-10 · The network says ${answer}`);
  // Ten output rows, each a digit and its activation as the page shows it.
  const digits = shown.outputLabels.filter((_, i) => i % 2 === 0);
  expect(digits).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  for (let d = 0; d < 10; d++) {
    const a = Number(await page.getByTestId(`output-activation-${d}`).getAttribute('data-value'));
    expect(shown.outputLabels[2 * d + 1]).toBe(a.toFixed(2));
  }
  expect(shown.legend.join(' ')).toContain('thicker, bolder edges: larger |w|');
  // The chosen neuron's formula, as text with its subscripts shifted.
  expect(shown.formula.length).toBeGreaterThan(5);
  expect(shown.shifted).toBeGreaterThan(0);

  const png = await exported(page, 'png');
  expect(png.name).toBe(`deltascope-explore-reads-${answer}-slide-2x.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
    2 * shown.width,
    2 * shown.height,
  ]);
  await png.file.saveAs(`${SHOTS}/export-explore-2x.png`);
  await lookAt(page, text, `${SHOTS}/export-explore-svg.png`);
});

test('backprop exports its step in Chinese: step title, formula and δ labels as text', async ({
  page,
}) => {
  await openApp(page);
  await openBackprop(page);
  while (
    !/^Through the activation/.test((await page.getByTestId('step-label').textContent()) ?? '')
  )
    await page.getByTestId('step-next').click();
  await page.getByTestId('language-zh').click();
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  const count = ((await page.locator('.step-count').textContent()) ?? '').trim();
  const title = ((await page.getByTestId('step-label').textContent()) ?? '').trim();
  const step = Number(await page.getByTestId('step-slider').inputValue()) + 1;

  const svg = await exported(page, 'svg');
  expect(svg.name).toBe(`deltascope-backprop-step-${step}-slide-vector.svg`);
  const text = svg.bytes.toString('utf8');
  const shown = await readSvg(page, text);
  expect(shown.error).toBeNull();
  expect(shown.images).toBe(0);
  expect(shown.title).toBe(`${count} · ${title}`);
  expect(shown.formula).toMatch(/σ′/);
  expect(shown.shifted).toBeGreaterThan(0);
  expect(shown.outputLabels).toHaveLength(20);
  expect(shown.legend.join(' ')).toContain('越粗越浓');
  // The output neurons' δ labels, as on the page: never a hyphen, never a bare 0 for δ ≠ 0.
  const labels = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('g.network g.neuron text')).map((t) => t.textContent);
  }, text);
  const onPage = await page.locator('[data-testid^="neuron-3-"] text').allTextContents();
  expect(labels).toEqual(onPage);
  expect(labels.join(' ')).not.toMatch(/-/);

  const png = await exported(page, 'png');
  expect(png.name).toBe(`deltascope-backprop-step-${step}-slide-2x.png`);
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
    2 * shown.width,
    2 * shown.height,
  ]);
  await png.file.saveAs(`${SHOTS}/export-backprop-zh-2x.png`);
  await lookAt(page, text, `${SHOTS}/export-backprop-zh-svg.png`);
});
