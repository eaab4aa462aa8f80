import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DigitSet } from '../src/engine/dataset';
import { sliceDigits } from '../src/engine/dataset';
import { createGradientDescent } from '../src/engine/recurrent/optimizer';
import type { RecurrentModel } from '../src/engine/recurrent/recurrentModel';
import type { RecurrentBatchResult } from '../src/engine/recurrent/recurrentTrainer';
import { createRecurrentTrainer } from '../src/engine/recurrent/recurrentTrainer';
import { parseRecurrent } from '../src/engine/recurrent/recurrentSerialize';
import { digitRows } from '../src/engine/recurrent/sequences';

/** Where the shipped recurrent models live (served as models/recurrent/ by Vite). */
export const RECURRENT_MODELS_DIR = fileURLToPath(
  new URL('../public/models/recurrent/', import.meta.url),
);
export const RECURRENT_MANIFEST_FILE = 'index.json';

/** The official test images a quick check scores (the first ones of the test file). */
export const QUICK_CHECK_IMAGES = 1000;

/** One entry of public/models/recurrent/index.json, the list the recurrence page offers. */
export interface RecurrentManifestEntry {
  id: string;
  file: string;
  name: string;
  nameZh: string;
  description: string;
  cell: RecurrentModel['cell'];
  hiddenSize: number;
  parameters: number;
  /** The gradient-norm clip the model was trained with, or null when it was not clipped. */
  clipNorm: number | null;
  /** Of the saved (rounded) weights on the official 10,000 test images. */
  testAccuracy: number;
  /** On the last 5,000 images of the training file, held out from training. */
  validationAccuracy: number;
  /** Of the 100 recorded drawn digits (e2e/fixtures/drawn-digits.json), how many it reads right. */
  drawnDigitsRight: number;
  /** On the first QUICK_CHECK_IMAGES official test images: what a fast test recomputes. */
  quickCheckAccuracy: number;
}

/** Digits read in one evaluation batch: big enough to stream, small enough for any machine. */
const EVALUATION_BATCH = 250;

/** How the model scores on every digit of the set, read row by row (no update). */
export function scoreRecurrent(model: RecurrentModel, set: DigitSet): RecurrentBatchResult {
  const trainer = createRecurrentTrainer(model, {
    maxBatch: EVALUATION_BATCH,
    optimizer: createGradientDescent(0),
  });
  return trainer.evaluate(digitRows(set));
}

/** Fraction of the set the model classifies correctly. */
export function recurrentAccuracy(model: RecurrentModel, set: DigitSet): number {
  return scoreRecurrent(model, set).correct / set.count;
}

/** The digits the quick check scores. */
export function quickCheckDigits(test: DigitSet): DigitSet {
  return sliceDigits(test, 0, QUICK_CHECK_IMAGES);
}

export function readRecurrentManifest(): RecurrentManifestEntry[] {
  const text = readFileSync(join(RECURRENT_MODELS_DIR, RECURRENT_MANIFEST_FILE), 'utf8');
  return JSON.parse(text) as RecurrentManifestEntry[];
}

/** The shipped file the manifest entry names, parsed and validated. */
export function readRecurrentModel(entry: RecurrentManifestEntry): RecurrentModel {
  return parseRecurrent(readFileSync(join(RECURRENT_MODELS_DIR, entry.file), 'utf8')).model;
}
