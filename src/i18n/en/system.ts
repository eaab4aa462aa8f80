import { shownNumber } from '../../math/shownNumber';

/** English strings of messages about loading and errors; zh/system.ts gives every key the same shape. */
export const systemEn = {
  dismiss: 'Dismiss message',
  noShippedModel: (id: string) => `There is no shipped model called "${id}".`,
  modelFetchFailed: (name: string) => `The model "${name}" could not be fetched.`,
  modelListFailed: 'The list of trained models could not be loaded.',
  testSetFailed: 'The MNIST test digits could not be loaded.',
  modelFileTooLarge: (file: string, megabytes: string) =>
    `"${file}" is too large to be a model (${megabytes} MB). The current model is unchanged.`,
  modelFileLoaded: (file: string) => `Loaded the model in "${file}".`,
  loadingPage: 'Loading…',
  engineRestarted:
    'The engine stopped unexpectedly and was restarted with the current weights. Training, if it was running, is paused.',
  engineCrashedAgain:
    'The engine stopped unexpectedly again right after a restart, so it was not restarted. Reload the page.',
  engineRestartFailed:
    'The engine stopped unexpectedly and could not be restarted. Reload the page.',
  /** What the engine reports (worker/protocol.ts EngineProblem); its details are shown apart. */
  engineError: {
    model: 'That model could not be loaded. The current model is unchanged.',
    modelNotFinite:
      'That model computes infinite or NaN values (its weights are too large), so it was not loaded. The current model is unchanged.',
    diverged: (learningRate: number, cost: number | null) =>
      `Training diverged at learning rate ${shownNumber(learningRate)}: ${
        cost === null
          ? 'the cost became infinite or NaN'
          : `the cost climbed to ${shownNumber(cost)}, worse than guessing`
      }. Training is paused and the weights from just before are back. Try a smaller learning rate.`,
    data: (set: 'test' | 'train') =>
      `The ${set === 'test' ? 'test' : 'training'} set could not be loaded.`,
    dataOffline: (set: 'test' | 'train'): string =>
      set === 'train'
        ? 'Training needs the 55,000 MNIST training digits, and they cannot be fetched: this browser is offline and has not kept them yet. Connect to the internet once and press Train: they are fetched (9.6 MB) and kept, and from then on training works offline too. Everything else keeps working meanwhile.'
        : 'The 10,000 MNIST test digits cannot be fetched: this browser is offline and has not kept them yet. Connect to the internet once and reload: they are kept for offline use from then on. Drawing and the network keep working meanwhile.',
    busy: 'Pause training before correcting the network.',
    input: 'The engine refused that request.',
  },
  /** A request still unanswered when the engine was replaced. */
  engineRequestLost: 'The engine restarted before it answered.',
  /** An answer of another type than the request's (worker/protocol.ts REPLY_TYPES). */
  engineWrongReply: 'The engine gave an answer that does not fit the request, so it was set aside.',
  /** Before an exception's or the engine's own words, which stay in English. */
  technicalDetail: 'Technical detail:',
  networkReads: (digit: number, percent: number) => `The network reads ${digit} (${percent}%)`,
  networkReadsNothing: 'The pad is empty.',
  /** A page or tool that failed while the rest of the app goes on (components/ui/PartBoundary). */
  partFailed: (part: string) =>
    `${part} stopped working because of an error. The rest of DeltaScope still works.`,
  pagePart: (page: string) => `The page “${page}”`,
  headerToolsPart: 'The settings and sharing tools',
  tryAgain: 'Try again',
  /** Where the network's answer would be, once the engine has stopped for good. */
  engineNotRunning:
    'The engine is not running, so the network cannot read this digit. Reload the page.',
};
