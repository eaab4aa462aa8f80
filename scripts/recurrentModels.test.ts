import { describe, expect, it } from 'vitest';
import { digitInput } from '../src/engine/dataset';
import { recurrentParameterCount } from '../src/engine/recurrent/recurrentModel';
import { predictSequence } from '../src/engine/recurrent/sequenceGradient';
import { DIGIT_ROWS } from '../src/engine/recurrent/sequences';
import { readMnist } from './mnist-idx';
import {
  QUICK_CHECK_IMAGES,
  quickCheckDigits,
  readRecurrentManifest,
  readRecurrentModel,
} from './recurrent-manifest';
import { RECURRENT_RECIPES, describeRecurrentRecipe, recipeSpec } from './recurrent-recipes';

const manifest = readRecurrentManifest();

/** The class predictSequence rates most likely (the first of equals). */
function predictedClass(probabilities: Float64Array): number {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) {
    if (probabilities[k] > probabilities[best]) best = k;
  }
  return best;
}

describe('the shipped recurrent models', () => {
  it('are listed once per recipe, in the recipes’ order', () => {
    expect(manifest.map((m) => m.id)).toEqual(RECURRENT_RECIPES.map((r) => r.id));
  });

  for (const recipe of RECURRENT_RECIPES) {
    const entry = manifest.find((m) => m.id === recipe.id);

    it(`${recipe.id}'s file parses and has its recipe's shape and its entry's facts`, () => {
      if (!entry) throw new Error(`${recipe.id} is missing from the manifest`);
      const model = readRecurrentModel(entry);
      const spec = recipeSpec(recipe);
      const { cell, inputSize, hiddenSize, layers, bidirectional, classes } = model;
      expect({ cell, inputSize, hiddenSize, layers, bidirectional, classes }).toEqual(spec);
      expect(entry).toMatchObject({
        file: `${recipe.id}.json`,
        name: recipe.name,
        nameZh: recipe.nameZh,
        description: describeRecurrentRecipe(recipe),
        cell: recipe.cell,
        hiddenSize: recipe.hiddenSize,
        parameters: recurrentParameterCount(spec),
        clipNorm: recipe.clipNorm,
      });
    });
  }

  it('the LSTM and the GRU read at least 97% of the official test digits right', () => {
    for (const id of ['lstm', 'gru']) {
      expect(manifest.find((m) => m.id === id)?.testAccuracy).toBeGreaterThanOrEqual(0.97);
    }
  });

  const digits = quickCheckDigits(readMnist('test'));
  for (const entry of manifest) {
    // predictSequence reads one digit at a time: a path apart from the trainer's batches.
    it(`${entry.id} reads the first ${QUICK_CHECK_IMAGES} test digits as its entry says`, () => {
      const model = readRecurrentModel(entry);
      let correct = 0;
      for (let i = 0; i < digits.count; i++) {
        const probabilities = predictSequence(model, digitInput(digits, i), DIGIT_ROWS);
        if (predictedClass(probabilities) === digits.labels[i]) correct++;
      }
      expect(correct / digits.count).toBe(entry.quickCheckAccuracy);
    });
  }
});
