import type { CellKind } from '../src/engine/recurrent/recurrentModel';
import { RECURRENT_CELLS } from './recurrent-config';
import type { RecurrentSeries } from './recurrent-schedule';
import type { Choice, Library } from './summary';
import { LIBRARIES, fastestOf, pairedRatio } from './summary';

/** Per cell, each library's fastest variant (sequences/s). */
export type RecurrentSummary = Record<CellKind, Record<Library, Choice>>;

export function summariseRecurrent(series: readonly RecurrentSeries[]): RecurrentSummary {
  const summary = {} as RecurrentSummary;
  for (const cell of RECURRENT_CELLS) {
    summary[cell] = {} as Record<Library, Choice>;
    for (const library of LIBRARIES) {
      const mine = series.filter((s) => s.cell === cell && s.library === library);
      if (mine.length === 0) throw new Error(`no recurrent rounds of ${library} on ${cell}`);
      summary[cell][library] = fastestOf(mine);
    }
  }
  return summary;
}

/** How many times faster ours trains this cell than `library`, paired round by round. */
export function recurrentRatio(summary: RecurrentSummary, cell: CellKind, library: Library) {
  return pairedRatio(summary[cell].deltascope, summary[cell][library]);
}
