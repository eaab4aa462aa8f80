import { createSgd } from '../engine/sgd';
import { SCORING_BATCH } from '../engine/training';
import type { DataSets } from './dataSets';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { Replies } from './replies';
import type { StoredScore } from './runHistory';

/** A test-set score and the weights it was measured under. */
export type TestScore = StoredScore & { weightsVersion: number };

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

  /** Tells the page a score; the caller keeps its own copies (the arrays are transferred). */
  function post(set: 'test' | 'validation', score: TestScore): void {
    const { accuracy, cost, guesses, confidence, weightsVersion } = score;
    env.post(
      {
        type: 'evaluation',
        set,
        accuracy,
        cost,
        guesses,
        confidence,
        generation: model.generation,
        weightsVersion,
      },
      [guesses.buffer as ArrayBuffer, confidence.buffer as ArrayBuffer],
    );
  }

  async function evaluate(name: 'test' | 'validation'): Promise<TestScore | null> {
    const forGeneration = model.generation;
    const scored = name === 'test' ? await data.load('test') : await data.validation();
    if (forGeneration !== model.generation) return null;
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
    const result = {
      accuracy,
      cost: score.costSum / score.count,
      guesses,
      confidence,
      weightsVersion: model.weightsVersion,
    };
    post(name, { ...result, guesses: guesses.slice(), confidence: confidence.slice() });
    return result;
  }

  /** Scores the test set; resolves with the score (null when the network was replaced meanwhile). */
  function scoreTest(): Promise<TestScore | null> {
    scoredVersion = model.weightsVersion;
    return evaluate('test').catch((error: unknown) => {
      replies.dataFailure('test')(error);
      return null;
    });
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
    /** Tells the page a test score kept from earlier, for the weights as they now are. */
    showStoredTest(score: StoredScore): void {
      scoredVersion = model.weightsVersion;
      post('test', {
        ...score,
        guesses: score.guesses.slice(),
        confidence: score.confidence.slice(),
        weightsVersion: model.weightsVersion,
      });
    },
    /** Scores the test set unless it was scored at the weights as they are. */
    scoreTestIfChanged(): void {
      if (scoredVersion !== model.weightsVersion) void scoreTest();
    },
    scoreValidation(): void {
      evaluate('validation').catch(replies.dataFailure('train'));
    },
  };
}

export type Evaluation = ReturnType<typeof createEvaluation>;
