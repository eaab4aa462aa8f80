import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import { RECURRENT_CELLS } from './recurrent-config';
import type { RecurrentSummary } from './recurrent-summary';
import { recurrentRatio } from './recurrent-summary';
import type { Library } from './summary';
import { LIBRARY_LABELS } from './summary';
import type { TargetCheck } from './targets';
import { times } from './targets';

/** Ours over each tfjs backend, per cell: at least 3× the CPU backend and level with wasm SIMD. */
export const RECURRENT_TARGETS: readonly { library: Library; min: number }[] = [
  { library: 'tfjs-cpu', min: 3 },
  { library: 'tfjs-wasm', min: 1 },
];

export function checkRecurrentTarget(
  summary: RecurrentSummary,
  cell: CellKind,
  target: (typeof RECURRENT_TARGETS)[number],
): TargetCheck {
  return times(
    `ours / ${LIBRARY_LABELS[target.library]}, ${cell.toUpperCase()} training`,
    recurrentRatio(summary, cell, target.library),
    target.min,
  );
}

export function checkRecurrentTargets(summary: RecurrentSummary): TargetCheck[] {
  return RECURRENT_CELLS.flatMap((cell) =>
    RECURRENT_TARGETS.map((target) => checkRecurrentTarget(summary, cell, target)),
  );
}
