/**
 * `npm run train`: trains every recipe in model-recipes.ts and writes public/models/ (the model
 * files and index.json). Deterministic: the same code gives the same bytes on every run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sliceDigits } from '../src/engine/dataset';
import { createRng } from '../src/engine/random';
import { serializeNetwork } from '../src/engine/serialize';
import { distortedCopy } from './augment-digits';
import { readMnist } from './mnist-idx';
import { modelAccuracy } from './model-accuracy';
import type { ModelManifestEntry } from './model-manifest';
import { MANIFEST_FILE, MODELS_DIR } from './model-manifest';
import { MODEL_RECIPES, describeRecipe } from './model-recipes';
import { roundNetwork } from './round-network';
import { syntheticPadDigits } from './synthetic-pad-digits';
import { drawnDigitsAsSet } from './drawn-digit-set';
import { describeSchedule } from './train-schedule';
import { trainModel } from './train-model';

/** The official split: train on the first 55,000 training images, validate on the last 5,000. */
const TRAIN_COUNT = 55_000;
/** Enough to keep every model's test accuracy, at about half the file size. */
const SIGNIFICANT_DIGITS = 7;
const DISTORTED_VALIDATION_SEED = 777;
/** Synthetic pad-drawn digits per class, drawn once and sampled by every epoch's mix. */
const PAD_DIGITS_PER_CLASS = 2000;
const PAD_DIGITS_SEED = 4242;

const trainFile = readMnist('train');
const train = sliceDigits(trainFile, 0, TRAIN_COUNT);
const validation = sliceDigits(trainFile, TRAIN_COUNT, trainFile.count);
const test = readMnist('test');
/** The validation digits each distorted once, as a stand-in for digits drawn on the pad. */
const distortedValidation = distortedCopy(validation, createRng(DISTORTED_VALIDATION_SEED).next);

const padDigits = syntheticPadDigits(PAD_DIGITS_PER_CLASS, PAD_DIGITS_SEED);
/** The recorded drawn-digit set (e2e/fixtures/drawn-digits.json), for the log only. */
const drawnDigits = drawnDigitsAsSet();

const started = performance.now();
const manifest: ModelManifestEntry[] = [];
for (const recipe of MODEL_RECIPES) {
  const net = trainModel(recipe, train, validation, padDigits, (line) => console.log(line));
  roundNetwork(net, SIGNIFICANT_DIGITS);
  const entry: ModelManifestEntry = {
    id: recipe.id,
    file: `${recipe.id}.json`,
    name: recipe.name,
    description: describeRecipe(recipe),
    testAccuracy: modelAccuracy(net, test),
    validationAccuracy: modelAccuracy(net, validation),
  };
  const meta = {
    id: recipe.id,
    name: recipe.name,
    testAccuracy: entry.testAccuracy,
    validationAccuracy: entry.validationAccuracy,
    init: recipe.init,
    seed: recipe.seed,
    batchSize: recipe.batchSize,
    epochs: recipe.epochs,
    schedule: describeSchedule(recipe.schedule),
    trainingImages: `first ${TRAIN_COUNT} of the MNIST training file`,
    originalShare: recipe.originalShare,
    padDigitShare: recipe.padDigitShare,
    padDigitsPerClass: PAD_DIGITS_PER_CLASS,
    significantDigits: SIGNIFICANT_DIGITS,
  };
  writeFileSync(join(MODELS_DIR, entry.file), serializeNetwork(net, meta));
  manifest.push(entry);
  const distorted = modelAccuracy(net, distortedValidation);
  const drawn = modelAccuracy(net, drawnDigits);
  console.log(
    `${recipe.id}: validation ${entry.validationAccuracy} (distorted ${distorted}), ` +
      `drawn digits ${drawn}, ` +
      `test ${entry.testAccuracy} (rounded weights), saved to public/models/${entry.file}`,
  );
}
writeFileSync(join(MODELS_DIR, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
