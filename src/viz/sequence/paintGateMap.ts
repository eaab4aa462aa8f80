import type { VizColors } from '../palette';
import { sequenceFills } from './stateColors';

/** How a map colours its values: gates in [0, 1], states signed. */
export type MapKind = 'gate' | 'state';

/**
 * One quantity of the cell over time as a heat map: a column per step t, a row per hidden unit.
 * Steps not yet read are left blank; the timeline's step is outlined.
 */
export function paintGateMap(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  values: readonly Float64Array[],
  kind: MapKind,
  rowsRead: number,
  currentStep: number,
  colors: VizColors,
): void {
  const fills = sequenceFills(colors);
  const T = values.length;
  const H = values[0].length;
  const w = width / T;
  const h = height / H;
  let scale = 1;
  if (kind === 'state')
    for (const v of values) for (const x of v) scale = Math.max(scale, Math.abs(x));
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < H; j++) {
      ctx.fillStyle =
        t >= rowsRead
          ? colors.unknown
          : kind === 'gate'
            ? fills.gate(values[t][j])
            : fills.state(values[t][j], scale);
      ctx.fillRect(t * w, j * h, w + 0.3, h + 0.3);
    }
  }
  ctx.strokeStyle = colors.y;
  ctx.lineWidth = 2 * colors.lineScale;
  ctx.strokeRect((currentStep - 1) * w + 1, 1, w - 2, height - 2);
}
