/**
 * Trains every recipe in recurrent-recipes.ts and writes public/models/recurrent/ (the model
 * files and index.json); `npm run train` runs it after the MLPs. Deterministic: the same code
 * gives the same bytes on every run. `npx tsx scripts/train-recurrent.ts lstm gru` retrains
 * only those recipes and keeps the other entries of index.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DigitSet } from '../src/engine/dataset';
import { sliceDigits } from '../src/engine/dataset';
import { createRng, shuffle } from '../src/engine/random';
import type { Optimizer } from '../src/engine/recurrent/optimizer';
import { createAdam } from '../src/engine/recurrent/optimizer';
import type { RecurrentModel } from '../src/engine/recurrent/recurrentModel';
import {
  createRecurrentModel,
  parameterArrays,
  recurrentParameterCount,
} from '../src/engine/recurrent/recurrentModel';
import { serializeRecurrent } from '../src/engine/recurrent/recurrentSerialize';
import { createRecurrentTrainer } from '../src/engine/recurrent/recurrentTrainer';
import { digitRows } from '../src/engine/recurrent/sequences';
import type { PadDigitMix } from './augment-digits';
import { augmentDigits } from './augment-digits';
import { drawnDigitsAsSet } from './drawn-digit-set';
import { readMnist } from './mnist-idx';
import type { RecurrentManifestEntry } from './recurrent-manifest';
import {
  QUICK_CHECK_IMAGES,
  RECURRENT_MANIFEST_FILE,
  RECURRENT_MODELS_DIR,
  quickCheckDigits,
  readRecurrentManifest,
  recurrentAccuracy,
  scoreRecurrent,
} from './recurrent-manifest';
import type { RecurrentRecipe } from './recurrent-recipes';
import { RECURRENT_RECIPES, describeRecurrentRecipe, recipeSpec } from './recurrent-recipes';
import { describeSchedule, learningRateAt } from './train-schedule';
import { syntheticPadDigits } from './synthetic-pad-digits';

/** The official split, as for the MLPs: the first 55,000 training images; the rest validate. */
const TRAIN_COUNT = 55_000;
/** As the MLP files: enough to keep every model's test accuracy, at about half the size. */
const SIGNIFICANT_DIGITS = 7;
/** The MLPs' pad-drawn digit pool (train-models.ts), so both kinds of model see the same. */
const PAD_DIGITS_PER_CLASS = 2000;
const PAD_DIGITS_SEED = 4242;
/** Keep the epoch mixes' and the shuffles' random streams apart from the weights'. */
const MIX_SEED_SALT = 0xa06e47;
const SHUFFLE_SEED_SALT = 0x5eed5eed;

/**
 * Adam whose step is scaled by `scale()` at every update, for a learning-rate schedule:
 * createAdam fixes its rate, and scaling the gradient would not help (Adam divides it out).
 */
function scheduledAdam(params: Float64Array[], rate: number, scale: () => number): Optimizer {
  const adam = createAdam(params, { learningRate: rate });
  const before = params.map((p) => new Float64Array(p.length));
  return {
    apply(ps, grads) {
      ps.forEach((p, a) => before[a].set(p));
      adam.apply(ps, grads);
      const s = scale();
      ps.forEach((p, a) => {
        const old = before[a];
        for (let i = 0; i < p.length; i++) p[i] = old[i] + s * (p[i] - old[i]);
      });
    },
  };
}

/** Rounds every parameter in place, so a saved model is about half the characters. */
function roundModel(model: RecurrentModel, significantDigits: number): void {
  for (const values of parameterArrays(model)) {
    for (let i = 0; i < values.length; i++) {
      values[i] = Number(values[i].toPrecision(significantDigits));
    }
  }
}

/**
 * Trains a fresh model by the recipe, each epoch on a fresh mix of `train` and pad-drawn
 * digits, logging validation accuracy per epoch.
 */
function trainRecurrent(
  recipe: RecurrentRecipe,
  train: DigitSet,
  validation: DigitSet,
  padDigits: PadDigitMix['byClass'],
): RecurrentModel {
  const model = createRecurrentModel(recipeSpec(recipe), {
    seed: recipe.seed,
    forgetBias: recipe.forgetBias,
  });
  const { rate } = recipe.schedule;
  const steps = Math.ceil(train.count / recipe.batchSize);
  let done = 0;
  const trainer = createRecurrentTrainer(model, {
    maxBatch: recipe.batchSize,
    optimizer: scheduledAdam(parameterArrays(model), rate, () => {
      const epochs = done / steps;
      return learningRateAt(recipe.schedule, epochs, recipe.epochs) / rate;
    }),
    ...(recipe.clipNorm === null ? {} : { clipNorm: recipe.clipNorm }),
  });
  // The sequences read images at every step, so rewriting this copy changes an epoch's data.
  const epochSet: DigitSet = { ...train, images: new Uint8Array(train.images.length) };
  const sequences = digitRows(epochSet);
  const mixRandom = createRng(recipe.seed ^ MIX_SEED_SALT).next;
  const shuffleRng = createRng(recipe.seed ^ SHUFFLE_SEED_SALT);
  const order = Uint32Array.from({ length: train.count }, (_, i) => i);
  const pad: PadDigitMix = { share: recipe.padDigitShare, byClass: padDigits };
  const started = performance.now();
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    augmentDigits(train, epochSet.images, recipe.originalShare, mixRandom, pad);
    shuffle(order, shuffleRng);
    let costSum = 0;
    let largestNorm = 0;
    for (let start = 0; start < train.count; start += recipe.batchSize) {
      const size = Math.min(recipe.batchSize, train.count - start);
      const result = trainer.step(sequences, order, start, size);
      costSum += result.costSum;
      largestNorm = Math.max(largestNorm, result.gradientNorm);
      done++;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const percent = (100 * recurrentAccuracy(model, validation)).toFixed(2);
    const cost = (costSum / train.count).toFixed(4);
    console.log(
      `${recipe.id} epoch ${epoch}/${recipe.epochs}: validation ${percent}%, ` +
        `training cost ${cost}, largest gradient norm ${largestNorm.toFixed(1)}, ${seconds} s`,
    );
  }
  return model;
}

const trainFile = readMnist('train');
const train = sliceDigits(trainFile, 0, TRAIN_COUNT);
const validation = sliceDigits(trainFile, TRAIN_COUNT, trainFile.count);
const test = readMnist('test');
const padDigits = syntheticPadDigits(PAD_DIGITS_PER_CLASS, PAD_DIGITS_SEED);
const drawnDigits = drawnDigitsAsSet();

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !RECURRENT_RECIPES.some((r) => r.id === id));
if (unknown.length > 0) throw new Error(`no recurrent recipe named ${unknown.join(', ')}`);
const manifestPath = join(RECURRENT_MODELS_DIR, RECURRENT_MANIFEST_FILE);
const kept = wanted.length > 0 && existsSync(manifestPath) ? readRecurrentManifest() : [];
mkdirSync(RECURRENT_MODELS_DIR, { recursive: true });

const started = performance.now();
const manifest: RecurrentManifestEntry[] = [];
for (const recipe of RECURRENT_RECIPES) {
  if (wanted.length > 0 && !wanted.includes(recipe.id)) {
    const entry = kept.find((e) => e.id === recipe.id);
    if (entry) manifest.push(entry);
    continue;
  }
  const model = trainRecurrent(recipe, train, validation, padDigits);
  if (parameterArrays(model).some((values) => values.some((v) => !Number.isFinite(v))))
    throw new Error(`${recipe.id}: training diverged (a parameter is not a finite number)`);
  roundModel(model, SIGNIFICANT_DIGITS);
  const entry: RecurrentManifestEntry = {
    id: recipe.id,
    file: `${recipe.id}.json`,
    name: recipe.name,
    nameZh: recipe.nameZh,
    description: describeRecurrentRecipe(recipe),
    cell: recipe.cell,
    hiddenSize: recipe.hiddenSize,
    parameters: recurrentParameterCount(recipeSpec(recipe)),
    clipNorm: recipe.clipNorm,
    testAccuracy: recurrentAccuracy(model, test),
    validationAccuracy: recurrentAccuracy(model, validation),
    drawnDigitsRight: scoreRecurrent(model, drawnDigits).correct,
    quickCheckAccuracy: recurrentAccuracy(model, quickCheckDigits(test)),
  };
  const meta = {
    id: recipe.id,
    name: recipe.name,
    testAccuracy: entry.testAccuracy,
    validationAccuracy: entry.validationAccuracy,
    drawnDigitsRight: entry.drawnDigitsRight,
    seed: recipe.seed,
    batchSize: recipe.batchSize,
    epochs: recipe.epochs,
    optimizer: 'Adam',
    schedule: describeSchedule(recipe.schedule),
    clipNorm: recipe.clipNorm ?? 'none',
    ...(recipe.cell === 'lstm' ? { forgetBias: recipe.forgetBias } : {}),
    trainingImages: `first ${TRAIN_COUNT} of the MNIST training file`,
    originalShare: recipe.originalShare,
    padDigitShare: recipe.padDigitShare,
    padDigitsPerClass: PAD_DIGITS_PER_CLASS,
    significantDigits: SIGNIFICANT_DIGITS,
  };
  writeFileSync(join(RECURRENT_MODELS_DIR, entry.file), serializeRecurrent(model, meta));
  manifest.push(entry);
  console.log(
    `${recipe.id}: validation ${entry.validationAccuracy}, test ${entry.testAccuracy} ` +
      `(first ${QUICK_CHECK_IMAGES}: ${entry.quickCheckAccuracy}), drawn digits ` +
      `${entry.drawnDigitsRight} of ${drawnDigits.count}, saved to ` +
      `public/models/recurrent/${entry.file}`,
  );
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
