import { MNIST_TEST_URL, MNIST_TRAIN_URL } from '../data/packedDigits';
import { digitInput } from '../engine/dataset';
import { serializeNetwork } from '../engine/serialize';
import type { NetworkSpec } from '../engine/network';
import type { BackpropLesson } from '../engine/lesson';
import type { BatchTrace } from '../engine/trace';
import type { CostSurface, WeightRef } from '../engine/costSurface';
import type { AppStore } from '../store/appStore';
import { digitsHolding } from '../store/shownExample';
import type {
  FromWorker,
  HyperParams,
  Reply,
  Request,
  RequestType,
  ToWorker,
  TrainingSnapshot,
} from '../worker/protocol';
import { REPLY_TYPES } from '../worker/protocol';
import type { Said } from './engineError';
import { EngineError, sayEngineProblem } from './engineError';
import { createPendingRequests } from './pendingRequests';
import type { ShownDigit } from './pageAnswer';
import { createPageAnswers } from './pageAnswer';
import { createSnapshotPacing } from './snapshotPacing';

/** A second crash this soon after a restart is not retried: the model itself may be the cause. */
const RESTART_GAP_MS = 5_000;
/**
 * The worker answers between 10 ms training slices, so silence this long means it hangs; the
 * slowest single job (a large cost surface) takes a few seconds.
 */
const HEARTBEAT_MS = 5_000;
const UNANSWERED_MS = 30_000;

/**
 * The page's side of the worker: requests with promises, and snapshots handed to the store at
 * most once per animation frame (the newest wins; the ack lets the worker send the next).
 * A worker that crashes is replaced by a new one given the weights last shown on the page.
 */
export function createEngineBridge(
  store: AppStore,
  createWorker: () => Worker,
  absolute: (path: string) => string,
) {
  const pending = createPendingRequests<FromWorker>();
  let latest: TrainingSnapshot | null = null;
  const pageAnswers = createPageAnswers();
  let frameRequested = false;
  let worker = createWorker();
  /** The digit on screen, kept so that a restarted worker can be shown it again. */
  let shown: ShownDigit | null = null;
  /** Set while a restarted worker takes over the weights: its 'model' is the same model. */
  let restoring = false;
  /**
   * Set by a restart while a digit is on screen, until the new worker answers it: the snapshots
   * it makes before it has the digit would take the digit's answer off screen.
   */
  let awaitingProbe = false;
  let lastRestart = -Infinity;
  /** When the unanswered heartbeat was sent, or null when none is outstanding. */
  let pingSentAt: number | null = null;
  /** Set once a crash is not retried: no worker runs, so a request fails at once. */
  let stopped = false;
  /** Set by fetchData: until then the worker fetches no data set (the first answer needs none). */
  let dataWanted = false;
  const pacing = createSnapshotPacing();
  store.subscribe((s, prev) => s.penDown !== prev.penDown && pacing.pen(s.penDown));

  const lost = () => new EngineError({ say: (m) => m.system.engineRequestLost });

  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  /** Sends a request; the promise resolves with the reply its type promises (REPLY_TYPES). */
  function request<T extends RequestType>(
    type: T,
    fields: Omit<Request<T>, 'type' | 'requestId'>,
  ): Promise<Reply<T>> {
    if (stopped) return Promise.reject(lost());
    const { requestId, reply } = pending.open<Reply<T>>(REPLY_TYPES[type]);
    send({ ...fields, type, requestId } as Request<T>);
    return reply;
  }

  /**
   * Answers the request the message replies to, if any: `refused` says why an error refused
   * it, and an answer of the wrong type is an error the user is told about, never a value.
   */
  function settle(message: FromWorker, refused: Said | null): void {
    const said = pending.settle(
      message,
      'requestId' in message ? message.requestId : undefined,
      refused,
    );
    if (said) store.getState().notify('error', said.say, said.detail);
  }

  /**
   * Shows the newest snapshot and lets the worker send the next. While training streams, once
   * a frame at most, and less often when the machine cannot afford that (pacing): the digit on
   * screen is answered on the page meanwhile (setInput), so the pen never waits for one.
   */
  function drawLatest(frame?: number): void {
    frameRequested = false;
    if (!latest) return;
    // Paused, the last snapshot (the weights training stopped at) shows at once.
    if (frame !== undefined && store.getState().running) {
      if (!pacing.due(frame)) {
        frameRequested = true;
        requestAnimationFrame(drawLatest);
        return;
      }
      pacing.shown(frame);
      const shownAt = frame;
      requestAnimationFrame(() =>
        requestAnimationFrame((afterNext) => pacing.followed(shownAt, afterNext)),
      );
    }
    const showing = pageAnswers.toShow(latest, shown);
    latest = null;
    store.getState().setSnapshot(showing);
    send({ type: 'snapshot-ack' });
  }

  /** The model id the next 'model' message belongs to (a shipped model, or null). */
  let loadingId: string | null = null;

  function onMessage(event: MessageEvent<FromWorker>): void {
    const message = event.data;
    const state = store.getState();
    let refused: Said | null = null;
    switch (message.type) {
      case 'snapshot':
        if (awaitingProbe && !message.snapshot.probe) {
          send({ type: 'snapshot-ack' });
          break;
        }
        awaitingProbe = false;
        latest = message.snapshot;
        pageAnswers.snapshotArrived();
        // Paused, a snapshot shows at once; while training streams, once a frame at most.
        if (!state.running && !frameRequested) drawLatest();
        else if (!frameRequested) {
          frameRequested = true;
          requestAnimationFrame(drawLatest);
        }
        break;
      case 'model':
        pageAnswers.modelAnnounced(message.info.spec);
        // A restored model keeps its curves, selection and name; only the generation is new.
        if (restoring) store.setState({ model: message.info });
        else state.setModel(message.info, loadingId);
        restoring = false;
        loadingId = null;
        break;
      case 'evaluation':
        if (message.generation !== state.model?.generation) break;
        if (message.set === 'test') {
          const { accuracy, guesses, confidence, weightsVersion } = message;
          state.setTestAccuracy(accuracy, guesses, confidence, weightsVersion);
        } else state.setValidationAccuracy(message.accuracy);
        break;
      case 'training':
        state.setRunning(message.running);
        break;
      case 'data-progress':
        state.setDataProgress(message.set, message);
        break;
      case 'history':
        state.setRunHistory(message.points, message.shown, message.cut);
        break;
      case 'error':
        refused = sayEngineProblem(message);
        state.notify('error', refused.say, refused.detail);
        break;
      case 'lesson':
      case 'pong':
      case 'corrected':
      case 'restored':
      case 'model-json':
      case 'cost-surface':
        break;
    }
    settle(message, refused);
  }

  /**
   * The digit on screen (null: nothing drawn); a label, when known, gives the probe's δ. The
   * page answers it at once under the weights it shows; the worker's snapshots answer it under
   * the weights that follow.
   */
  function setInput(input: Float64Array | null, label: number | null): void {
    shown = input && { input: input.slice(), label };
    awaitingProbe &&= shown !== null;
    const { snapshot, setProbe } = store.getState();
    if (!stopped && snapshot) {
      const answered = pageAnswers.onScreen(snapshot, shown);
      if (answered !== snapshot) setProbe(answered.probe);
    }
    send({ type: 'set-input', input, label }, input ? [input.buffer] : []);
  }

  /** Tells the worker where the data sets are; it fetches the test set then. */
  function sendDataUrls(): void {
    send({
      type: 'init',
      testUrl: absolute(MNIST_TEST_URL),
      trainUrl: absolute(MNIST_TRAIN_URL),
    });
  }

  function start(): void {
    worker.onmessage = onMessage;
    worker.onerror = () => restart();
    worker.onmessageerror = () => restart();
    if (dataWanted) sendDataUrls();
  }

  /**
   * The weights the page last showed, as a model file. Snapshots follow every change of the
   * weights (load, reset, training, correction), so at most the training of the frame in
   * flight is lost.
   */
  function shownModelJson(): string | null {
    const { model, snapshot } = store.getState();
    const weights = latest ?? snapshot;
    if (!model || !weights) return null;
    // The weights' own architecture: a reset's model may be announced before its snapshot.
    const spec = pageAnswers.specOf(latest ? 'arrived' : 'shown') ?? model.spec;
    return serializeNetwork({ ...spec, ...weights }, model.meta);
  }

  /** Replaces a crashed worker with a new one holding the same weights, input and settings. */
  function restart(): void {
    if (stopped) return;
    const state = store.getState();
    const json = shownModelJson();
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    pending.rejectAll(lost);
    latest = null;
    pingSentAt = null;
    state.setRunning(false);
    // The saved points lived in the crashed worker; the new one counts from 0 again.
    state.clearRunHistory();
    if (performance.now() - lastRestart < RESTART_GAP_MS) {
      stop();
      state.notify('error', (m) => m.system.engineCrashedAgain);
      return;
    }
    lastRestart = performance.now();
    try {
      worker = createWorker();
    } catch (e) {
      stop();
      state.notify('error', (m) => m.system.engineRestartFailed, String(e));
      return;
    }
    start();
    send({ type: 'set-params', params: state.params });
    if (json !== null) {
      restoring = true;
      request('load-model', { json }).catch(() => {
        restoring = false;
      });
    }
    awaitingProbe = shown !== null;
    if (shown) setInput(shown.input, shown.label); // setInput keeps a copy of its own
    state.notify('info', (m) => m.system.engineRestarted);
  }

  function heartbeat(): void {
    if (pingSentAt === null) {
      pingSentAt = performance.now();
      // A restart rejects the ping and clears pingSentAt itself, so an answer is this ping's.
      request('ping', {}).then(
        () => (pingSentAt = null),
        () => {},
      );
    } else if (performance.now() - pingSentAt > UNANSWERED_MS) restart();
  }

  start();
  const heartbeats = setInterval(heartbeat, HEARTBEAT_MS);

  /** Gives up on the engine: the page asks for a reload, and nothing pings a dead worker. */
  function stop(): void {
    stopped = true;
    clearInterval(heartbeats);
    store.getState().markEngineStopped();
  }

  return {
    /** Loads model JSON; the worker validates it and keeps the current model if it is bad. */
    async loadModel(json: string, shippedId: string | null): Promise<boolean> {
      loadingId = shippedId;
      try {
        await request('load-model', { json });
        return true;
      } catch {
        loadingId = null;
        return false;
      }
    },
    async saveModel(): Promise<string> {
      return (await request('save-model', {})).json;
    },
    /** Traces one labelled example and a mini-batch under the worker's current weights. */
    lesson(
      input: Float64Array,
      label: number,
      learningRate: number,
      batch: { inputs: Float64Array[]; labels: number[] },
    ): Promise<{ lesson: BackpropLesson; batch: BatchTrace }> {
      return request('lesson', { input, label, learningRate, batch });
    },
    /** The cost over a grid of two weights around their current values, on the first test digits. */
    costSurface(
      weights: [WeightRef, WeightRef],
      span: number,
      points: number,
      sampleSize: number,
    ): Promise<{ surface: CostSurface; weightsVersion: number }> {
      return request('cost-surface', { weights, span, points, sampleSize });
    },
    setInput,
    /**
     * Lets the worker fetch the test and training sets (and score the test set): called once
     * the first answer is on screen, so that nothing competes with it for the connection.
     */
    fetchData(): void {
      if (dataWanted) return;
      dataWanted = true;
      sendDataUrls();
    },
    /** Shows test digit i to the network (its label gives the probe's δ). */
    showTestDigit(index: number): void {
      const set = digitsHolding(store.getState(), index);
      if (!set) return;
      setInput(digitInput(set, index), set.labels[index]);
    },
    /** A new network; false when the engine refused it (a notice says why). */
    async reset(spec: NetworkSpec, params: HyperParams): Promise<boolean> {
      loadingId = null;
      try {
        await request('reset', { spec, params });
        return true;
      } catch {
        return false;
      }
    },
    setParams(params: HyperParams): void {
      store.getState().setParams(params);
      send({ type: 'set-params', params });
    },
    /** Starts (for `epochs` epoch ends, else until paused) or pauses training. */
    train(run: boolean, epochs?: number): void {
      send({ type: 'train', run, epochs });
    },
    /** A few gradient steps on one example with its right label; the outputs before and after. */
    correct(
      input: Float64Array,
      label: number,
      steps: number,
    ): Promise<{ before: Float64Array; after: Float64Array; weightsVersion: number }> {
      return request('correct', { input, label, steps });
    },
    /** Puts back the weights from before the last correction: their version, or null if refused. */
    async undoCorrect(): Promise<number | null> {
      return request('undo-correct', {}).then(
        (reply) => reply.weightsVersion,
        () => null,
      );
    },
    /** Makes saved point `index` of the run the current network; false when refused. */
    async restorePoint(index: number): Promise<boolean> {
      return request('restore-point', { index }).then(
        () => true,
        () => false,
      );
    },
    /** Trains to the end of the current epoch, then pauses. */
    trainEpoch(): void {
      send({ type: 'train', run: true, epochs: 1 });
    },
    step(): void {
      send({ type: 'train-step' });
    },
  };
}

export type EngineBridge = ReturnType<typeof createEngineBridge>;
