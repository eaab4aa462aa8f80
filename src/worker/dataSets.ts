import type { DigitSet } from '../engine/dataset';
import { sliceDigits } from '../engine/dataset';
import { MNIST_TRAIN_COUNT } from '../data/packedDigits';
import type { HostEnvironment } from './hostEnvironment';
import type { DataSetName } from './protocol';

/**
 * The MNIST sets, each fetched once on first use with its progress posted to the page. A
 * failed fetch is forgotten, so the next use tries again. Nothing is fetched before the page
 * says where the sets are, which it does once its first answer is on screen: a use before that
 * waits.
 */
export function createDataSets(env: HostEnvironment) {
  let setUrls: (urls: Record<DataSetName, string>) => void = () => {};
  const urls = new Promise<Record<DataSetName, string>>((resolve) => (setUrls = resolve));
  const pending: Partial<Record<DataSetName, Promise<DigitSet>>> = {};
  const arrived: Partial<Record<DataSetName, DigitSet>> = {};

  function load(name: DataSetName): Promise<DigitSet> {
    pending[name] ??= urls
      .then((where) =>
        env.loadDigits(where[name], (loaded, total) =>
          env.post({ type: 'data-progress', set: name, loaded, total, done: false }),
        ),
      )
      .then(
        (set) => {
          arrived[name] = set;
          env.post({ type: 'data-progress', set: name, loaded: 1, total: 1, done: true });
          return set;
        },
        (error: unknown) => {
          delete pending[name];
          throw error;
        },
      );
    return pending[name];
  }

  return {
    /** Where the sets are; the first call counts (a worker is told once). */
    setUrls(test: string, train: string): void {
      setUrls({ test, train });
    },
    load,
    /** The set if it has arrived, else null: for checks that must not wait for the network. */
    arrived(name: DataSetName): DigitSet | null {
      return arrived[name] ?? null;
    },
    /** The training digits proper, without the validation hold-out at the end of the file. */
    async training(): Promise<DigitSet> {
      return sliceDigits(await load('train'), 0, MNIST_TRAIN_COUNT);
    },
    /** The hold-out the validation accuracy is measured on. */
    async validation(): Promise<DigitSet> {
      const train = await load('train');
      return sliceDigits(train, MNIST_TRAIN_COUNT, train.count);
    },
  };
}

export type DataSets = ReturnType<typeof createDataSets>;
