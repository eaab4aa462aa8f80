import { correctExample } from '../engine/correct';
import { costSurface, surfaceProblem } from '../engine/costSurface';
import { digitInput } from '../engine/dataset';
import { lessonArrays, traceLesson } from '../engine/lesson';
import type { Network } from '../engine/network';
import { cloneNetwork, computesFinitely, copyParameters, createNetwork } from '../engine/network';
import { createRng } from '../engine/random';
import type { ModelMeta } from '../engine/serialize';
import { ModelFormatError, parseNetwork, serializeNetwork } from '../engine/serialize';
import { oneHot, traceBatch } from '../engine/trace';
import type { DataSets } from './dataSets';
import { EXTREME_INPUTS } from './divergenceGuard';
import type { Evaluation } from './evaluation';
import type { ModelState } from './modelState';
import type { Request } from './protocol';
import { buffersOf } from './protocol';
import type { Replies } from './replies';
import type { TrainingScheduler } from './trainingScheduler';

/** Replayed training digits per correction step: enough that one digit does not take over. */
const CORRECTION_REPLAY = 9;
/** Test digits a loaded network must also compute finitely, once the test set is here. */
const GUARD_DIGITS = 10;

/**
 * The answers to the page's requests, each message already validated (validation.ts): model
 * files in and out, new networks, lessons, cost surfaces, corrections and heartbeats.
 */
export function createRequestHandlers(
  model: ModelState,
  data: DataSets,
  evaluation: Evaluation,
  scheduler: TrainingScheduler,
  replies: Replies,
) {
  const { respond, refuse } = replies;
  const outputCount = () => model.net.sizes[model.net.sizes.length - 1];
  /** The weights before the last correction, while the weights are still the corrected ones. */
  let undo: { before: Network; correctedVersion: number } | null = null;

  /** Blank and full ink, and the first test digits when they have arrived. */
  function guardInputs(): Float64Array[] {
    const test = data.arrived('test');
    const digits = test ? Array.from({ length: GUARD_DIGITS }, (_, i) => digitInput(test, i)) : [];
    return [...EXTREME_INPUTS, ...digits];
  }

  /**
   * The one door a network comes in by (a file, a reset, a restart's restore): one that
   * computes infinities or NaN is refused, and the current network stays.
   */
  function install(
    net: Network,
    meta: ModelMeta,
    request: Request<'load-model'> | Request<'reset'>,
  ): boolean {
    if (!computesFinitely(net, guardInputs())) {
      refuse({ kind: 'model-not-finite' }, request.requestId);
      return false;
    }
    model.replace(net, meta);
    scheduler.networkReplaced();
    respond(request, { type: 'model', info: model.info() });
    scheduler.snapshots.send();
    void evaluation.scoreTest();
    return true;
  }

  /** The backprop timeline's record: the example and its mini-batch, under the same weights. */
  function lesson(msg: Request<'lesson'>): void {
    const net = model.net;
    const traced = traceLesson(net, msg.input, msg.label, msg.learningRate);
    const batch = traceBatch(
      net,
      msg.batch.inputs,
      msg.batch.labels.map((label) => oneHot(label, outputCount())),
    );
    const arrays = [
      ...lessonArrays(traced),
      ...batch.dCdW,
      ...batch.dCdb,
      ...batch.examples.flatMap((e) => [
        e.target,
        ...e.z,
        ...e.a,
        ...e.dCda,
        ...e.dCdz,
        ...e.dCdW,
        ...e.dCdb,
      ]),
    ];
    respond(msg, { type: 'lesson', lesson: traced, batch }, buffersOf(arrays));
  }

  /** The cost around two weights' current values, over the first digits of the test set. */
  function surface(msg: Request<'cost-surface'>): void {
    const { requestId, weights, span, points, sampleSize } = msg;
    data.load('test').then(
      (set) => {
        const problem =
          surfaceProblem(model.net, weights, span, points) ??
          (sampleSize <= set.count ? null : `the sample must be at most ${set.count} test digits`);
        if (problem)
          return refuse({ kind: 'input', detail: `No cost surface: ${problem}.` }, requestId);
        const indices = Array.from({ length: sampleSize }, (_, i) => i);
        const inputs = indices.map((i) => digitInput(set, i));
        const targets = indices.map((i) => oneHot(set.labels[i], outputCount()));
        const result = costSurface(model.net, inputs, targets, weights, span, points);
        respond(
          msg,
          { type: 'cost-surface', surface: result, weightsVersion: model.weightsVersion },
          buffersOf(result.costs),
        );
      },
      replies.dataFailure('test', requestId),
    );
  }

  /** "Correct me": a few steps on one example; weights that stop being finite are put back. */
  async function correct(msg: Request<'correct'>): Promise<void> {
    const train = await data.training();
    if (scheduler.running) return refuse({ kind: 'busy' }, msg.requestId);
    const { learningRate, seed } = scheduler.params;
    const before = cloneNetwork(model.net);
    const outcome = correctExample(model.net, msg.input, msg.label, {
      steps: msg.steps,
      learningRate,
      replay: { set: train, count: CORRECTION_REPLAY, rng: createRng(seed + model.weightsVersion) },
    });
    if (!computesFinitely(model.net, guardInputs())) {
      copyParameters(before, model.net);
      return refuse({ kind: 'diverged', learningRate, cost: null }, msg.requestId);
    }
    model.weightsChanged();
    undo = { before, correctedVersion: model.weightsVersion };
    respond(msg, { type: 'corrected', ...outcome, weightsVersion: model.weightsVersion }, [
      outcome.before.buffer as ArrayBuffer,
      outcome.after.buffer as ArrayBuffer,
    ]);
    scheduler.snapshots.send();
    void evaluation.scoreTest();
  }

  /** Puts back the exact weights from before the last correction, if nothing moved them since. */
  function undoCorrect(msg: Request<'undo-correct'>): void {
    if (
      !undo ||
      undo.correctedVersion !== model.weightsVersion ||
      undo.before.sizes.join() !== model.net.sizes.join()
    ) {
      return refuse(
        { kind: 'input', detail: 'Nothing to undo: the weights changed since the correction.' },
        msg.requestId,
      );
    }
    copyParameters(undo.before, model.net);
    undo = null;
    model.weightsChanged();
    respond(msg, { type: 'restored', weightsVersion: model.weightsVersion });
    scheduler.snapshots.send();
    void evaluation.scoreTest();
  }

  return {
    'load-model'(msg: Request<'load-model'>): void {
      let parsed: ReturnType<typeof parseNetwork>;
      try {
        parsed = parseNetwork(msg.json);
      } catch (e) {
        const why = e instanceof ModelFormatError ? e.message : String(e);
        return refuse({ kind: 'model', detail: why }, msg.requestId);
      }
      install(parsed.net, parsed.meta, msg);
    },
    'save-model'(msg: Request<'save-model'>): void {
      respond(msg, { type: 'model-json', json: serializeNetwork(model.net, model.meta) });
    },
    reset(msg: Request<'reset'>): void {
      const { spec, params } = msg;
      const net = createNetwork(spec, params.seed, params.init);
      // The page names the network in its own language from this seed.
      const meta = { name: `Random weights (seed ${params.seed})`, randomSeed: params.seed };
      if (install(net, meta, msg)) scheduler.setParams(params);
    },
    lesson,
    'cost-surface': surface,
    correct(msg: Request<'correct'>): void {
      correct(msg).catch(replies.dataFailure('train', msg.requestId));
    },
    'undo-correct': undoCorrect,
    'restore-point'(msg: Request<'restore-point'>): void {
      if (scheduler.running) return refuse({ kind: 'busy' }, msg.requestId);
      if (!scheduler.restorePoint(msg.index)) {
        return refuse({ kind: 'input', detail: `No saved point ${msg.index}.` }, msg.requestId);
      }
      respond(msg, { type: 'restored', weightsVersion: model.weightsVersion });
    },
    /**
     * Answered once the scorings under way have finished (a fraction of a second), so that a
     * pong means the engine has told the page everything it was working out.
     */
    ping(msg: Request<'ping'>): void {
      void evaluation.settled().then(() => respond(msg, { type: 'pong' }));
    },
  };
}
