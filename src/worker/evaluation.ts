import type { DigitSet } from '../engine/dataset';
import type { Network } from '../engine/network';
import { cloneNetwork } from '../engine/network';
import type { BatchResult } from '../engine/sgd';
import { createSgd } from '../engine/sgd';
import { SCORING_BATCH } from '../engine/training';
import type { DataSets } from './dataSets';
import type { HostEnvironment } from './hostEnvironment';
import type { ModelState } from './modelState';
import type { Replies } from './replies';
import { inSlices } from './inSlices';
import type { StoredScore } from './runHistory';

/**
 * A whole set is scored in slices about this long, the page's messages handled in between: a
 * digit drawn while the test set is scored (four times an epoch while training) is answered
 * within a slice, not after all 10,000 digits.
 */
const SCORING_SLICE_MS = 10;
/** Digits scored between two looks at the clock. */
const DIGITS_PER_LOOK = 200;

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
  /** Per set, how many scorings were begun: one finishing after a later one began stays unsaid. */
  const begun = { test: 0, validation: 0 };
  /** Scorings under way (their sets loaded), each settled once the page has been told. */
  const scoring = new Set<Promise<unknown>>();

  /**
   * Scores `set` with a copy of the network (training goes on between the slices) and resolves
   * with the totals; guesses and confidence receive every digit's answer.
   */
  function scoreInSlices(
    net: Network,
    set: DigitSet,
    guesses: Uint8Array,
    confidence: Float32Array,
  ): Promise<BatchResult> {
    const sgd = createSgd(net, SCORING_BATCH);
    const total: BatchResult = { count: 0, costSum: 0, correct: 0 };
    const score = (start: number, end: number) => {
      const r = sgd.evaluate(set, start, end, guesses.subarray(start), confidence.subarray(start));
      total.count += r.count;
      total.costSum += r.costSum;
      total.correct += r.correct;
    };
    const timed = () => {
      const until = env.now() + SCORING_SLICE_MS;
      return () => env.now() < until;
    };
    return inSlices(set.count, DIGITS_PER_LOOK, env.defer, score, timed).then(() => total);
  }

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

  /** Scores a loaded set with `net` and tells the page, unless a later scoring has begun. */
  async function scoreAndTell(
    name: 'test' | 'validation',
    order: number,
    forGeneration: number,
    net: Network,
    scored: DigitSet,
    weightsVersion: number,
  ): Promise<TestScore | null> {
    const guesses = new Uint8Array(scored.count);
    const confidence = new Float32Array(scored.count);
    const score = await scoreInSlices(net, scored, guesses, confidence);
    if (forGeneration !== model.generation) return null;
    const accuracy = score.correct / score.count;
    const cost = score.costSum / score.count;
    const result = { accuracy, cost, guesses, confidence, weightsVersion };
    if (order !== begun[name]) return result;
    if (name === 'validation') validationAccuracy = accuracy;
    post(name, { ...result, guesses: guesses.slice(), confidence: confidence.slice() });
    return result;
  }

  /** Scores a set with the weights as they are now (a copy: training may go on meanwhile). */
  async function evaluate(name: 'test' | 'validation'): Promise<TestScore | null> {
    const forGeneration = model.generation;
    const order = ++begun[name];
    const net = cloneNetwork(model.net);
    const weightsVersion = model.weightsVersion;
    const scored = name === 'test' ? await data.load('test') : await data.validation();
    if (forGeneration !== model.generation) return null;
    const work = scoreAndTell(name, order, forGeneration, net, scored, weightsVersion);
    scoring.add(work);
    try {
      return await work;
    } finally {
      scoring.delete(work);
    }
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
    /** Resolves once the scorings under way now have finished (not those waiting for data). */
    async settled(): Promise<void> {
      await Promise.all(scoring);
    },
    /** Tells the page a test score kept from earlier, for the weights as they now are. */
    showStoredTest(score: StoredScore): void {
      scoredVersion = model.weightsVersion;
      begun.test++;
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
