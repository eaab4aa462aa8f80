import { RECURRENT_INDEX_URL, RECURRENT_MODELS_DIR } from '../config';
import { MNIST_TEST_URL, MNIST_TRAIN_URL } from '../data/packedDigits';
import type { CellKind } from '../engine/recurrent/recurrentModel';
import type { AppState, AppStore } from '../store/appStore';
import type { ShippedRecurrentModel } from '../store/sequenceSlice';
import { FORGET_BIASES } from '../sequence/studies';
import { shownExample } from '../store/shownExample';
import { shownDigitKey } from '../sequence/shownReading';
import { saidOfFailure } from './engineError';
import type { SequenceBridge } from './sequenceBridge';
import { createSequenceBridge } from './sequenceBridge';

/** The untrained LSTM of the forget-bias study: one seed, so every bias starts from the same weights. */
const STUDY_SEED = 1;

/** Whether the digit on screen (or what is known of its label) differs between two states. */
function digitChanged(s: AppState, prev: AppState): boolean {
  return (
    s.inputSource !== prev.inputSource ||
    s.exampleIndex !== prev.exampleIndex ||
    s.testSet !== prev.testSet ||
    s.firstDigits !== prev.firstDigits ||
    s.drawnDigit !== prev.drawnDigit ||
    s.drawnLabel !== prev.drawnLabel
  );
}

/**
 * Asks one question at a time and, when the inputs changed while it was out, once more with
 * the newest: a pen moving over the pad never queues a backlog of readings.
 */
function latestOnly(ask: () => Promise<void> | null) {
  let busy = false;
  let again = false;
  const run = (): void => {
    if (busy) {
      again = true;
      return;
    }
    const asked = ask();
    if (!asked) return;
    busy = true;
    void asked.finally(() => {
      busy = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

/** The model per cell the page reads with: the RNN trained with clipping stands for the RNN. */
const readerOf = (models: ShippedRecurrentModel[], cell: CellKind) =>
  models.find((m) => m.cell === cell && (cell !== 'rnn' || m.clipNorm !== null));

async function loadModels(store: AppStore, bridge: SequenceBridge): Promise<void> {
  const state = store.getState();
  const response = await fetch(RECURRENT_INDEX_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const models = (await response.json()) as ShippedRecurrentModel[];
  state.setRecurrentModels(models);
  // The chosen cell first, so its reading comes first.
  const first = state.sequenceCell;
  const cells = (['rnn', 'gru', 'lstm'] as const)
    .slice()
    .sort((a, b) => +(b === first) - +(a === first));
  for (const cell of cells) {
    const entry = readerOf(models, cell);
    if (!entry) continue;
    const file = await fetch(`${RECURRENT_MODELS_DIR}${entry.file}`);
    if (!file.ok) throw new Error(`${entry.file}: HTTP ${file.status}`);
    const loaded = await bridge.request('load-model', { cell, json: await file.text() });
    store.getState().setRecurrentLoaded(cell, { model: loaded.model, meta: loaded.meta });
  }
}

/** Feeds the sequence worker what the page shows, and its answers into the store. */
function follow(store: AppStore, bridge: SequenceBridge): void {
  const fail = (error: unknown) => {
    const said = saidOfFailure(error);
    store.getState().notify('error', said.say, said.detail);
  };
  const shown = () => {
    const s = store.getState();
    return s.page === 'sequence' ? shownExample(s) : null;
  };
  const read = latestOnly(() => {
    const digit = shown();
    if (!digit || Object.keys(store.getState().recurrentLoaded).length === 0) return null;
    const key = shownDigitKey(store.getState());
    return bridge
      .request('read', { input: digit.input, label: digit.label })
      .then((reply) => store.getState().setReadings(reply.readings, key), fail);
  });
  const scaled = latestOnly(() => {
    const digit = shown();
    if (!digit || !store.getState().recurrentLoaded.rnn) return null;
    const scale = store.getState().rnnScale;
    return bridge
      .request('flow', { ...digit, study: { kind: 'scaled-rnn', scale } })
      .then(({ norms, sigmaMax }) => store.getState().setScaledFlow({ norms, sigmaMax }), fail);
  });
  const forget = latestOnly(() => {
    const digit = shown();
    if (!digit) return null;
    const flows = FORGET_BIASES.map((forgetBias) =>
      bridge.request('flow', {
        ...digit,
        study: { kind: 'forget-bias', forgetBias, seed: STUDY_SEED },
      }),
    );
    return Promise.all(flows).then(
      (replies) =>
        store
          .getState()
          .setForgetFlows(replies.map(({ norms, sigmaMax }) => ({ norms, sigmaMax }))),
      fail,
    );
  });
  const everything = () => {
    read();
    scaled();
    forget();
  };

  store.subscribe((s, prev) => {
    if (s.page !== 'sequence') return;
    const changed =
      digitChanged(s, prev) || s.page !== prev.page || s.recurrentLoaded !== prev.recurrentLoaded;
    // The studies below the stage follow a drawing once the pen lifts, not at every move.
    if (changed && s.penDown) read();
    else if (changed || (prev.penDown && !s.penDown)) everything();
    if (s.rnnScale !== prev.rnnScale) scaled();
    if (s.longMemoryRunId !== prev.longMemoryRunId) {
      bridge.send({
        type: 'long-memory',
        run: true,
        runId: s.longMemoryRunId,
        settings: s.longMemory,
      });
    }
    if (s.longMemoryStops !== prev.longMemoryStops)
      bridge.send({ type: 'long-memory', run: false });
  });
  everything();

  void loadModels(store, bridge)
    .then(async () => {
      // Each model's test accuracy, measured here; the chosen cell's first.
      const loaded = Object.keys(store.getState().recurrentLoaded) as CellKind[];
      const first = store.getState().sequenceCell;
      loaded.sort((a, b) => +(b === first) - +(a === first));
      for (const cell of loaded) {
        const { accuracy } = await bridge.request('evaluate', { cell });
        store.getState().setRecurrentAccuracy(cell, accuracy);
      }
    })
    .catch((e) =>
      store.getState().notify('error', (m) => m.sequence.problem.modelsFailed, String(e)),
    );
}

/**
 * The sequence page's worker starts the first time the page opens, so no other page pays for
 * its models; from then on it follows the page.
 */
export function routeSequence(
  store: AppStore,
  createWorker: () => Worker,
  absolute: (path: string) => string,
): void {
  let started = false;
  const start = () => {
    if (started || store.getState().page !== 'sequence') return;
    started = true;
    unsubscribe();
    const bridge = createSequenceBridge(store, createWorker());
    bridge.send({
      type: 'init',
      testUrl: absolute(MNIST_TEST_URL),
      trainUrl: absolute(MNIST_TRAIN_URL),
    });
    follow(store, bridge);
  };
  const unsubscribe = store.subscribe(start);
  start();
}
