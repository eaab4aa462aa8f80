import type { CellKind } from '../engine/recurrent/recurrentModel';
import type { CellTrace } from '../engine/recurrent/recurrentTrace';
import type { MapKind } from '../viz/sequence/paintGateMap';

/** The quantities a cell's maps show, by name: its gates in block order, then its states. */
export type MapName = 'z' | 'r' | 'n' | 'f' | 'i' | 'o' | 'g' | 'c' | 'h';

const GATE_ORDER: Record<CellKind, MapName[]> = {
  rnn: [],
  gru: ['z', 'r', 'n'],
  lstm: ['f', 'i', 'o', 'g'],
};

/** Candidates (n, c̃) and states are signed; gates lie in [0, 1]. */
const SIGNED: ReadonlySet<MapName> = new Set(['n', 'g', 'c', 'h']);

export interface GateMap {
  name: MapName;
  kind: MapKind;
  /** Per step t − 1, one value per hidden unit. */
  values: Float64Array[];
}

/** Every gate of the cell over time, then the LSTM's cell state c_t, then h_t. */
export function gateMaps(cell: CellKind, trace: CellTrace): GateMap[] {
  const H = trace.h[0].length;
  const maps: GateMap[] = GATE_ORDER[cell].map((name, block) => ({
    name,
    kind: SIGNED.has(name) ? 'state' : 'gate',
    values: trace.gates.map((g) => g.subarray(block * H, (block + 1) * H)),
  }));
  if (trace.c) maps.push({ name: 'c', kind: 'state', values: trace.c });
  maps.push({ name: 'h', kind: 'state', values: trace.h });
  return maps;
}
