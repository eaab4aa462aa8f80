/** English strings of messages about loading and errors; zh/system.ts gives every key the same shape. */
export const systemEn = {
  dismiss: 'Dismiss message',
  noShippedModel: (id: string) => `There is no shipped model called "${id}".`,
  modelFetchFailed: (name: string, error: string) =>
    `The model "${name}" could not be fetched (${error}).`,
  modelListFailed: (error: string) => `The list of trained models could not be loaded (${error}).`,
  testSetFailed: (error: string) => `The MNIST test digits could not be loaded (${error}).`,
  modelFileTooLarge: (file: string, megabytes: string) =>
    `"${file}" is too large to be a model (${megabytes} MB). The current model is unchanged.`,
  modelFileLoaded: (file: string) => `Loaded the model in "${file}".`,
  loadingPage: 'Loading…',
  engineRestarted:
    'The engine stopped unexpectedly and was restarted with the current weights. Training, if it was running, is paused.',
  engineCrashedAgain:
    'The engine stopped unexpectedly again right after a restart, so it was not restarted. Reload the page.',
  engineRestartFailed: (error: string) =>
    `The engine stopped unexpectedly and could not be restarted (${error}). Reload the page.`,
  /** The worker's own message is already English, and says it all. */
  engineError: {
    model: (detail: string) => detail,
    diverged: (detail: string) => detail,
    data: (detail: string) => detail,
    input: (detail: string) => detail,
  },
  networkReads: (digit: number, percent: number) => `The network reads ${digit} (${percent}%)`,
  networkReadsNothing: 'The pad is empty.',
};
