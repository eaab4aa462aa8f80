import type { DigitSet } from '../src/engine/dataset';
import type { Network } from '../src/engine/network';
import { createNetwork } from '../src/engine/network';
import { createTrainingRun } from '../src/engine/training';
import { modelAccuracy } from './model-accuracy';
import type { ModelRecipe } from './model-recipes';
import { learningRateAt } from './train-schedule';

/** Trains a fresh network by the recipe, logging validation accuracy after every epoch. */
export function trainModel(
  recipe: ModelRecipe,
  train: DigitSet,
  validation: DigitSet,
  log: (line: string) => void,
): Network {
  const net = createNetwork(recipe.spec, recipe.seed, recipe.init);
  const run = createTrainingRun(net, train, {
    batchSize: recipe.batchSize,
    learningRate: recipe.schedule.rate,
    seed: recipe.seed,
  });
  const started = performance.now();
  while (run.epoch < recipe.epochs) {
    const epoch = run.epoch;
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
