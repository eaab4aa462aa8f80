import type { DigitSet } from '../engine/dataset';
import { digitInput, sliceDigits } from '../engine/dataset';
import { costSurface, surfaceProblem } from '../engine/costSurface';
import type { Network } from '../engine/network';
import { MNIST_SPEC, createNetwork, forward } from '../engine/network';
import type { ModelMeta } from '../engine/serialize';
import { ModelFormatError, parseNetwork, serializeNetwork } from '../engine/serialize';
import { createSgd } from '../engine/sgd';
import { correctExample } from '../engine/correct';
import { lessonArrays, traceLesson } from '../engine/lesson';
import { createRng } from '../engine/random';
import { oneHot, traceBatch, traceSignals } from '../engine/trace';
import { MNIST_TRAIN_COUNT } from '../data/packedDigits';
import type { DataSetName, EngineProblem, FromWorker, ProbeValues, ToWorker } from './protocol';
import { DEFAULT_HYPER_PARAMS, buffersOf } from './protocol';
import type { TrainingSession } from './trainingSession';
import type { SliceOutcome } from './trainingSession';
import { SLICE_MS, createTrainingSession } from './trainingSession';

/** Validation accuracy is measured every this many training examples. */
export const VALIDATION_EVERY = 10_000;
/** Replayed training digits per correction step: enough that one digit does not take over. */
const CORRECTION_REPLAY = 9;

export interface HostEnvironment {
  post(message: FromWorker, transfer?: ArrayBuffer[]): void;
  /** Runs fn after pending messages have been handled (a zero-delay macrotask). */
  defer(fn: () => void): void;
  now(): number;
  loadDigits(url: string, onProgress: (loaded: number, total: number) => void): Promise<DigitSet>;
}

/**
 * The worker's whole behaviour, free of worker globals so it runs under Vitest: owns the
 * network, answers requests, trains in slices and streams at most one snapshot per page frame.
 */
export function createEngineHost(env: HostEnvironment) {
  let net: Network = createNetwork(MNIST_SPEC, DEFAULT_HYPER_PARAMS.seed);
  let meta: ModelMeta = {};
  let generation = 0;
  /** Bumped on every change of the weights, so views can skip repainting what did not move. */
  let weightsVersion = 0;
  let params = DEFAULT_HYPER_PARAMS;
  let session: TrainingSession | null = null;
  let running = false;
  /** Epoch ends still to train through before pausing by itself. */
  let epochsLeft = Infinity;
  let probe: { input: Float64Array; label: number | null } | null = null;
  let validationAccuracy: number | null = null;
  let nextValidationAt = VALIDATION_EVERY;
  let awaitingAck = false;
  let snapshotDue = false;
  const urls: Record<DataSetName, string> = { test: '', train: '' };
  const sets: Partial<Record<DataSetName, Promise<DigitSet>>> = {};

  function loadSet(name: DataSetName): Promise<DigitSet> {
    sets[name] ??= env
      .loadDigits(urls[name], (loaded, total) =>
        env.post({ type: 'data-progress', set: name, loaded, total, done: false }),
      )
      .then(
        (set) => {
          env.post({ type: 'data-progress', set: name, loaded: 1, total: 1, done: true });
          return set;
        },
        (error: unknown) => {
          delete sets[name]; // so that the next attempt fetches again
          throw error;
        },
      );
    return sets[name];
  }

  function fail(problem: EngineProblem, requestId?: number) {
    env.post({ type: 'error', ...problem, requestId });
  }

  /** Reports a data set that could not be loaded (or a job on it that threw). */
  const failData = (set: DataSetName, requestId?: number) => (e: unknown) =>
    fail({ kind: 'data', set, detail: String(e) }, requestId);

  async function evaluate(name: 'test' | 'validation'): Promise<void> {
    const forGeneration = generation;
    const set = await loadSet(name === 'test' ? 'test' : 'train');
    const scored = name === 'test' ? set : sliceDigits(set, MNIST_TRAIN_COUNT, set.count);
    if (forGeneration !== generation) return;
    const guesses = new Uint8Array(scored.count);
    const confidence = new Float32Array(scored.count);
    const score = createSgd(net, 100).evaluate(scored, 0, scored.count, guesses, confidence);
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
        generation,
      },
      [guesses.buffer, confidence.buffer],
    );
  }

  /** The weightsVersion the test set was last scored at. */
  let scoredVersion = -1;

  function evaluateTest(): void {
    scoredVersion = weightsVersion;
    evaluate('test').catch(failData('test'));
  }

  function replaceNetwork(next: Network, nextMeta: ModelMeta, requestId?: number): void {
    net = next;
    meta = nextMeta;
    generation++;
    weightsVersion++;
    session = null;
    validationAccuracy = null;
    nextValidationAt = VALIDATION_EVERY;
    setRunning(false);
    env.post({
      type: 'model',
      info: {
        spec: { sizes: [...net.sizes], hidden: net.hidden, output: net.output, cost: net.cost },
        meta,
        generation,
      },
      requestId,
    });
    sendSnapshot();
    evaluateTest();
  }

  function setRunning(next: boolean): void {
    if (running === next) return;
    running = next;
    env.post({ type: 'training', running });
    if (running) env.defer(trainSlice);
    // Paused: the test accuracy and confusion matrix describe the weights as they now are.
    else if (session && scoredVersion !== weightsVersion) evaluateTest();
  }

  async function ensureSession(): Promise<TrainingSession> {
    const train = await loadSet('train');
    session ??= createTrainingSession(net, sliceDigits(train, 0, MNIST_TRAIN_COUNT), { ...params });
    return session;
  }

  function trainSlice(): void {
    if (!running || !session) return;
    const outcome = session.slice(SLICE_MS, env.now);
    afterTraining(outcome);
    if (running) env.defer(trainSlice);
  }

  function afterTraining({ diverged, epochEnded, loss }: SliceOutcome): void {
    if (!session) return;
    weightsVersion++;
    if (diverged) {
      setRunning(false);
      fail({
        kind: 'diverged',
        learningRate: params.learningRate,
        cost: Number.isFinite(loss) ? loss : null,
      });
    }
    if (session.run.examplesSeen >= nextValidationAt) {
      nextValidationAt = session.run.examplesSeen + VALIDATION_EVERY;
      void evaluate('validation');
    }
    if (epochEnded) evaluateTest();
    if (epochEnded && --epochsLeft <= 0) setRunning(false);
    sendSnapshot();
  }

  /** Posts the newest state unless the page has not drawn the previous one yet. */
  function sendSnapshot(): void {
    if (awaitingAck) {
      snapshotDue = true;
      return;
    }
    awaitingAck = true;
    snapshotDue = false;
    const stats = session?.takeStats() ?? { loss: NaN, trainAccuracy: NaN, examplesPerSecond: 0 };
    const values = probe && probeValues(probe.input, probe.label);
    const weights = net.weights.map((w) => w.slice());
    const biases = net.biases.map((b) => b.slice());
    const run = session?.run;
    env.post(
      {
        type: 'snapshot',
        snapshot: {
          weights,
          biases,
          weightsVersion,
          probe: values,
          ...stats,
          validationAccuracy,
          epoch: run?.epoch ?? 0,
          position: run?.position ?? 0,
          epochSize: run?.epochSize ?? MNIST_TRAIN_COUNT,
          examplesSeen: run?.examplesSeen ?? 0,
        },
      },
      buffersOf(weights, biases, values?.z ?? null, values?.a ?? null, values?.dCdz ?? null),
    );
  }

  function probeValues(input: Float64Array, label: number | null): ProbeValues {
    if (label === null) return { ...forward(net, input), dCdz: [] };
    const { z, a, dCdz } = traceSignals(net, input, oneHot(label, net.sizes[net.sizes.length - 1]));
    return { z, a, dCdz };
  }

  function validInput(input: Float64Array): boolean {
    if (input.length === net.sizes[0] && input.every(Number.isFinite)) return true;
    fail({
      kind: 'input',
      detail: `An input must be ${net.sizes[0]} finite numbers; got ${input.length}.`,
    });
    return false;
  }

  /** Why a lesson request cannot be traced, or null when it can. */
  /** Why these labelled inputs cannot go through the network, or null when they can. */
  function examplesProblem(inputs: Float64Array[], labels: number[]): string | null {
    const n = net.sizes[net.sizes.length - 1];
    if (!inputs.every((x) => x.length === net.sizes[0] && x.every(Number.isFinite))) {
      return `Every input must be ${net.sizes[0]} finite numbers.`;
    }
    if (
      inputs.length !== labels.length ||
      !labels.every((y) => Number.isInteger(y) && y >= 0 && y < n)
    ) {
      return `Every example needs a label from 0 to ${n - 1}.`;
    }
    return null;
  }

  function lessonProblem(msg: Extract<ToWorker, { type: 'lesson' }>): string | null {
    const problem = examplesProblem(
      [msg.input, ...msg.batch.inputs],
      [msg.label, ...msg.batch.labels],
    );
    if (problem) return problem;
    if (!(msg.learningRate > 0 && msg.learningRate <= 100)) {
      return `The learning rate must be in (0, 100]; got ${msg.learningRate}.`;
    }
    return null;
  }

  /** The backprop timeline's record: the example and its mini-batch, under the same weights. */
  function answerLesson(msg: Extract<ToWorker, { type: 'lesson' }>): void {
    const problem = lessonProblem(msg);
    if (problem) {
      return fail(
        { kind: 'input', detail: `That example cannot be traced: ${problem}` },
        msg.requestId,
      );
    }
    const { inputs, labels } = msg.batch;
    const lesson = traceLesson(net, msg.input, msg.label, msg.learningRate);
    const n = net.sizes[net.sizes.length - 1];
    const batch = traceBatch(
      net,
      inputs,
      labels.map((label) => oneHot(label, n)),
    );
    const arrays = [
      ...lessonArrays(lesson),
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
    env.post({ type: 'lesson', requestId: msg.requestId, lesson, batch }, [
      ...new Set(buffersOf(arrays)),
    ]);
  }

  /** The cost around two weights' current values, over the first digits of the test set. */
  function answerCostSurface(msg: Extract<ToWorker, { type: 'cost-surface' }>): void {
    const { requestId, weights, span, points, sampleSize } = msg;
    loadSet('test').then(
      (set) => {
        const problem =
          surfaceProblem(net, weights, span, points) ??
          (Number.isInteger(sampleSize) && sampleSize >= 1 && sampleSize <= set.count
            ? null
            : `the sample must be 1 to ${set.count} test digits`);
        if (problem)
          return fail({ kind: 'input', detail: `No cost surface: ${problem}.` }, requestId);
        const n = net.sizes[net.sizes.length - 1];
        const indices = Array.from({ length: sampleSize }, (_, i) => i);
        const inputs = indices.map((i) => digitInput(set, i));
        const targets = indices.map((i) => oneHot(set.labels[i], n));
        const surface = costSurface(net, inputs, targets, weights, span, points);
        env.post(
          { type: 'cost-surface', requestId, surface, weightsVersion },
          buffersOf(surface.costs),
        );
      },
      failData('test', requestId),
    );
  }

  async function correct(msg: Extract<ToWorker, { type: 'correct' }>): Promise<void> {
    const problem =
      examplesProblem([msg.input], [msg.label]) ??
      (Number.isInteger(msg.steps) && msg.steps >= 1 && msg.steps <= 100
        ? null
        : 'A correction takes 1 to 100 steps.');
    if (problem) {
      return fail(
        { kind: 'input', detail: `That correction is not valid: ${problem}` },
        msg.requestId,
      );
    }
    if (running) return fail({ kind: 'busy' }, msg.requestId);
    const train = sliceDigits(await loadSet('train'), 0, MNIST_TRAIN_COUNT);
    const { before, after } = correctExample(net, msg.input, msg.label, {
      steps: msg.steps,
      learningRate: params.learningRate,
      replay: {
        set: train,
        count: CORRECTION_REPLAY,
        rng: createRng(params.seed + weightsVersion),
      },
    });
    weightsVersion++;
    env.post({ type: 'corrected', requestId: msg.requestId, before, after }, [
      before.buffer as ArrayBuffer,
      after.buffer as ArrayBuffer,
    ]);
    sendSnapshot();
    evaluateTest();
  }

  return {
    handle(msg: ToWorker): void {
      switch (msg.type) {
        case 'init':
          urls.test = msg.testUrl;
          urls.train = msg.trainUrl;
          loadSet('test').catch(failData('test'));
          return;
        case 'load-model':
          try {
            const parsed = parseNetwork(msg.json);
            replaceNetwork(parsed.net, parsed.meta, msg.requestId);
          } catch (e) {
            const why = e instanceof ModelFormatError ? e.message : String(e);
            fail({ kind: 'model', detail: why }, msg.requestId);
          }
          return;
        case 'save-model':
          env.post({
            type: 'model-json',
            requestId: msg.requestId,
            json: serializeNetwork(net, meta),
          });
          return;
        case 'reset':
          params = msg.params;
          replaceNetwork(createNetwork(msg.spec, params.seed, params.init), {
            name: `Random weights (seed ${params.seed})`,
            // The page names the network in its own language from this seed.
            randomSeed: params.seed,
          });
          return;
        case 'lesson':
          answerLesson(msg);
          return;
        case 'cost-surface':
          answerCostSurface(msg);
          return;
        case 'set-input':
          if (msg.input && !validInput(msg.input)) return;
          probe = msg.input && { input: msg.input, label: msg.label };
          sendSnapshot();
          return;
        case 'set-params':
          params = msg.params;
          if (session) session.run.options = { ...params };
          return;
        case 'train':
          epochsLeft = msg.epochs !== undefined && msg.epochs >= 1 ? msg.epochs : Infinity;
          if (!msg.run) return setRunning(false);
          ensureSession()
            .then(() => setRunning(true))
            .catch(failData('train'));
          return;
        case 'train-step':
          ensureSession()
            .then((s) => {
              if (running) return;
              const outcome = s.slice(0, env.now);
              afterTraining(outcome);
            })
            .catch(failData('train'));
          return;
        case 'correct':
          correct(msg).catch(failData('train', msg.requestId));
          return;
        case 'snapshot-ack':
          awaitingAck = false;
          if (snapshotDue) sendSnapshot();
          return;
        case 'ping':
          env.post({ type: 'pong', requestId: msg.requestId });
          return;
      }
    },
  };
}
