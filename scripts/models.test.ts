import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../src/engine/serialize';
import { createSgd } from '../src/engine/sgd';
import { readMnist } from './mnist-idx';
import type { ModelManifestEntry } from './model-manifest';
import { MANIFEST_FILE, MODELS_DIR } from './model-manifest';
import { MODEL_RECIPES } from './model-recipes';

const manifest = JSON.parse(
  readFileSync(join(MODELS_DIR, MANIFEST_FILE), 'utf8'),
) as ModelManifestEntry[];
const test = readMnist('test');

describe('the shipped models', () => {
  it('are listed once per recipe, 3Blue1Brown first', () => {
    expect(manifest.map((m) => m.id)).toEqual(MODEL_RECIPES.map((r) => r.id));
    expect(manifest[0].id).toBe('3b1b');
  });

  for (const entry of manifest) {
    const recipe = MODEL_RECIPES.find((r) => r.id === entry.id);

    it(`${entry.id} is a 784-16-16-10 network as its recipe says`, () => {
      const { net } = parseNetwork(readFileSync(join(MODELS_DIR, entry.file), 'utf8'));
      expect(net.sizes).toEqual([784, 16, 16, 10]);
      expect({ hidden: net.hidden, output: net.output, cost: net.cost }).toEqual({
        hidden: recipe?.spec.hidden,
        output: recipe?.spec.output,
        cost: recipe?.spec.cost,
      });
    });

    it(`${entry.id} scores its listed accuracy on the official test set`, () => {
      const { net } = parseNetwork(readFileSync(join(MODELS_DIR, entry.file), 'utf8'));
      const result = createSgd(net, 100).evaluate(test);
      expect(result.count).toBe(10_000);
      expect(result.correct / result.count).toBe(entry.testAccuracy);
    });
  }

  it("3Blue1Brown's network is sigmoid, sigmoid, squared and at least 95% right", () => {
    const entry = manifest.find((m) => m.id === '3b1b');
    const { net } = parseNetwork(readFileSync(join(MODELS_DIR, entry?.file ?? ''), 'utf8'));
    expect([net.hidden, net.output, net.cost]).toEqual(['sigmoid', 'sigmoid', 'squared']);
    expect(entry?.testAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('the best network is ReLU, softmax, cross-entropy and at least 96.5% right', () => {
    const entry = manifest.find((m) => m.id === 'best');
    const { net } = parseNetwork(readFileSync(join(MODELS_DIR, entry?.file ?? ''), 'utf8'));
    expect([net.hidden, net.output, net.cost]).toEqual(['relu', 'softmax', 'cross-entropy']);
    expect(entry?.testAccuracy).toBeGreaterThanOrEqual(0.965);
  });
});
