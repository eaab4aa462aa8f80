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
};
