/**
 * The drawn-digit set (e2e/fixtures/drawn-digits.json) read by the shipped models in Node,
 * through the pad's own preprocessing: the fast check beside e2e/drawn-digits.spec.ts.
 * `npx tsx scripts/drawn-digits.ts` prints each model's score and misses; `--write` first
 * regenerates the set from its hands (e2e/fixtures/drawnDigitHands.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnDigitSet } from '../e2e/fixtures/drawnDigitHands';
import { DRAWN_DIGITS_FILE, drawnDigitsAsSet } from './drawn-digit-set';
import type { ModelManifestEntry } from './model-manifest';
import { MANIFEST_FILE, MODELS_DIR } from './model-manifest';
import { parseNetwork } from '../src/engine/serialize';
import { argmax, forward } from '../src/engine/network';
import { greyInput } from '../src/engine/dataset';

if (process.argv.includes('--write')) {
  writeFileSync(DRAWN_DIGITS_FILE, `${JSON.stringify(drawnDigitSet())}\n`);
}
const set = drawnDigitsAsSet();
const manifest = JSON.parse(
  readFileSync(join(MODELS_DIR, MANIFEST_FILE), 'utf8'),
) as ModelManifestEntry[];
for (const entry of manifest) {
  const { net } = parseNetwork(readFileSync(join(MODELS_DIR, entry.file), 'utf8'));
  const misses: string[] = [];
  for (let i = 0; i < set.count; i++) {
    const image = set.images.subarray(i * set.pixels, (i + 1) * set.pixels);
    const read = argmax(forward(net, greyInput(image)).a.at(-1) ?? new Float64Array());
    if (read !== set.labels[i]) misses.push(`${set.labels[i]}→${read} (${set.hands[i]})`);
  }
  console.log(
    `${entry.id}: ${set.count - misses.length}/${set.count}; misses: ${misses.join(', ')}`,
  );
}
