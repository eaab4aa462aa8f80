import type { DigitSet } from '../src/engine/dataset';
import type { Network } from '../src/engine/network';
import { createNetwork } from '../src/engine/network';
import { createRng } from '../src/engine/random';
import { createTrainingRun } from '../src/engine/training';
import type { PadDigitMix } from './augment-digits';
import { augmentDigits } from './augment-digits';
import { modelAccuracy } from './model-accuracy';
import type { ModelRecipe } from './model-recipes';
import { learningRateAt } from './train-schedule';

/** Keeps the distortions' random stream apart from the weights' and the shuffles'. */
const AUGMENT_SEED_SALT = 0xa06e47;

/**
 * Trains a fresh network by the recipe, each epoch on a fresh mix of `train`, its distorted
 * copies and pad-drawn digits (`padDigits`, by class), logging validation accuracy per epoch.
 */
export function trainModel(
  recipe: ModelRecipe,
  train: DigitSet,
  validation: DigitSet,
  padDigits: PadDigitMix['byClass'],
  log: (line: string) => void,
): Network {
  const pad: PadDigitMix = { share: recipe.padDigitShare, byClass: padDigits };
  const net = createNetwork(recipe.spec, recipe.seed, recipe.init);
  // The run reads images at every step, so rewriting this copy between epochs changes its data.
  const epochSet: DigitSet = { ...train, images: new Uint8Array(train.images.length) };
  const random = createRng(recipe.seed ^ AUGMENT_SEED_SALT).next;
  const run = createTrainingRun(net, epochSet, {
    batchSize: recipe.batchSize,
    learningRate: recipe.schedule.rate,
    seed: recipe.seed,
  });
  const started = performance.now();
  while (run.epoch < recipe.epochs) {
    const epoch = run.epoch;
    if (run.position === 0) {
      augmentDigits(train, epochSet.images, recipe.originalShare, random, pad);
    }
    const progress = epoch + run.position / run.epochSize;
    run.options.learningRate = learningRateAt(recipe.schedule, progress, recipe.epochs);
    run.step();
    if (run.epoch === epoch) continue;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const percent = (100 * modelAccuracy(net, validation)).toFixed(2);
    log(`${recipe.id} epoch ${run.epoch}/${recipe.epochs}: validation ${percent}%, ${seconds} s`);
  }
  return net;
}
