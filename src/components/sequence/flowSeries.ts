import type { CellKind } from '../../engine/recurrent/recurrentModel';
import type { VizColors } from '../../viz/palette';

/** Each cell's line in the comparison: one colour and one dash per cell, in every palette. */
export function cellStyle(cell: CellKind, colors: VizColors): { color: string; dash: number[] } {
  switch (cell) {
    case 'rnn':
      return { color: colors.cost, dash: [7, 4] };
    case 'gru':
      return { color: colors.weight, dash: [2, 3] };
    case 'lstm':
      return { color: colors.z, dash: [] };
  }
}
