import type { ChainParams } from './chainModel';
import { DEFAULT_CHAIN, traceChain } from './chainModel';
import { descentStep } from './descent';
import type { StudiedId } from './factors';
import { STUDIED } from './factors';
import type { Quantity } from './quantities';
import { quantityId, quantityValue, withQuantity } from './quantities';

/** Everything the chain lab remembers; the rest is recomputed from params. */
export interface ChainLabState {
  params: ChainParams;
  studied: StudiedId;
  /** The chain as it was when the current nudge began (drawn as ghost markers), if any. */
  anchor: ChainParams | null;
  /** C₀ before each gradient-descent step since the last reset or drag, then after the last. */
  costs: number[];
}

export type ChainLabAction =
  | { type: 'study'; studied: StudiedId }
  | { type: 'grab'; quantity: Quantity }
  | { type: 'drag'; quantity: Quantity; value: number }
  | { type: 'nudge'; quantity: Quantity; by: number }
  | { type: 'descend'; learningRate: number }
  | { type: 'reset' };

export const INITIAL_LAB: ChainLabState = {
  params: DEFAULT_CHAIN,
  studied: 'w3',
  anchor: null,
  costs: [],
};

/** Grabbing a quantity the lab can study makes it the studied one. */
function studiedFor(q: Quantity, current: StudiedId): StudiedId {
  const id = quantityId(q);
  return id in STUDIED ? (id as StudiedId) : current;
}

function moved(params: ChainParams, q: Quantity, value: number): ChainParams {
  return withQuantity(params, traceChain(params), q, value);
}

export function chainLabReducer(state: ChainLabState, action: ChainLabAction): ChainLabState {
  switch (action.type) {
    case 'study':
      return { ...state, studied: action.studied };
    case 'grab':
      return {
        ...state,
        studied: studiedFor(action.quantity, state.studied),
        anchor: state.params,
        costs: [],
      };
    case 'drag':
      return { ...state, params: moved(state.params, action.quantity, action.value) };
    case 'nudge': {
      const value = quantityValue(action.quantity, state.params, traceChain(state.params));
      return {
        ...chainLabReducer(state, { type: 'grab', quantity: action.quantity }),
        params: moved(state.params, action.quantity, value + action.by),
      };
    }
    case 'descend': {
      const params = descentStep(state.params, action.learningRate);
      const before = state.costs.length ? state.costs : [traceChain(state.params).cost];
      return { ...state, params, anchor: null, costs: [...before, traceChain(params).cost] };
    }
    case 'reset':
      return { ...INITIAL_LAB, studied: state.studied };
  }
}
