import type { Network } from '../engine/network';
import { MNIST_SPEC, createNetwork } from '../engine/network';
import type { ModelMeta } from '../engine/serialize';
import type { ModelInfo } from './protocol';
import { DEFAULT_HYPER_PARAMS } from './protocol';

/**
 * The network the worker holds and the counters that name its state: the generation changes
 * when the network is replaced (load, reset), the weights version whenever any weight changes,
 * so views can skip repainting what did not move.
 */
export function createModelState() {
  let net: Network = createNetwork(MNIST_SPEC, DEFAULT_HYPER_PARAMS.seed);
  let meta: ModelMeta = {};
  let generation = 0;
  let weightsVersion = 0;
  return {
    get net(): Network {
      return net;
    },
    get meta(): ModelMeta {
      return meta;
    },
    get generation(): number {
      return generation;
    },
    get weightsVersion(): number {
      return weightsVersion;
    },
    replace(next: Network, nextMeta: ModelMeta): void {
      net = next;
      meta = nextMeta;
      generation++;
      weightsVersion++;
    },
    /** The weights were changed in place (training, a correction). */
    weightsChanged(): void {
      weightsVersion++;
    },
    info(): ModelInfo {
      const { sizes, hidden, output, cost } = net;
      return { spec: { sizes: [...sizes], hidden, output, cost }, meta, generation };
    },
  };
}

export type ModelState = ReturnType<typeof createModelState>;
