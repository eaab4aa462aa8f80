import { createSgd } from '../engine/sgd';
import { SCORING_BATCH } from '../engine/training';
import type { DataSets } from './dataSets';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { Replies } from './replies';

/**
 * Scores the network on whole sets: the test set (accuracy, and every digit's guess and
 * confidence for the confusion matrix) and the validation hold-out while training runs.
 */
export function createEvaluation(
  env: HostEnvironment,
  model: ModelState,
  data: DataSets,
  replies: Replies,
) {
  let validationAccuracy: number | null = null;
  /** The weightsVersion the test set was last scored at. */
  let scoredVersion = -1;

  async function evaluate(name: 'test' | 'validation'): Promise<void> {
    const forGeneration = model.generation;
    const scored = name === 'test' ? await data.load('test') : await data.validation();
    if (forGeneration !== model.generation) return;
    const guesses = new Uint8Array(scored.count);
    const confidence = new Float32Array(scored.count);
    const score = createSgd(model.net, SCORING_BATCH).evaluate(
      scored,
      0,
      scored.count,
      guesses,
      confidence,
    );
    const accuracy = score.correct / score.count;
    if (name === 'validation') validationAccuracy = accuracy;
    env.post(
      {
        type: 'evaluation',
        set: name,
        accuracy,
        cost: score.costSum / score.count,
        guesses,
        confidence,
        generation: model.generation,
      },
      [guesses.buffer, confidence.buffer],
    );
  }

  function scoreTest(): void {
    scoredVersion = model.weightsVersion;
    evaluate('test').catch(replies.dataFailure('test'));
  }

  return {
    get validationAccuracy(): number | null {
      return validationAccuracy;
    },
    /** A new network: the old one's validation accuracy no longer applies. */
    forget(): void {
      validationAccuracy = null;
    },
    scoreTest,
    /** Scores the test set unless it was scored at the weights as they are. */
    scoreTestIfChanged(): void {
      if (scoredVersion !== model.weightsVersion) scoreTest();
    },
    scoreValidation(): void {
      evaluate('validation').catch(replies.dataFailure('train'));
    },
  };
}

export type Evaluation = ReturnType<typeof createEvaluation>;
