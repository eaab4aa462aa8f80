import { COLORS } from '../../config';
import type { NeuronId } from '../../store/viewSlice';
import { NEGATIVE_RGB, POSITIVE_RGB, magnitudeScale } from '../colorScales';
import type { EdgeInputs } from './paintEdges';
import { INPUT_CELL_WIDTH } from './paintEdges';
import type { NetworkLayout } from './layout';

const DIM_ALPHA = 0.72;

/**
 * The focus layer over the edges: everything dimmed, then the focused neuron's incoming edges
 * drawn bright. Only this small canvas repaints when the pointer moves between neurons.
 */
export function paintHighlight(
  ctx: CanvasRenderingContext2D,
  layout: NetworkLayout,
  inputs: EdgeInputs,
  neuron: NeuronId | null,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  if (!neuron || neuron.layer < 1 || neuron.layer >= layout.x.length) return;
  ctx.globalAlpha = DIM_ALPHA;
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.globalAlpha = 1;
  const { layer: l, index: j } = neuron;
  const nIn = layout.y[l - 1].length;
  const W = inputs.weights[l - 1];
  const prev = inputs.a?.[l - 1];
  const row = new Float64Array(nIn);
  for (let k = 0; k < nIn; k++) {
    row[k] = W[j * nIn + k] * (inputs.mode === 'contribution' && prev ? prev[k] : 1);
  }
  const scale = magnitudeScale(row);
  const x0 = layout.x[l - 1] + (l === 1 ? INPUT_CELL_WIDTH / 2 : layout.radius[l - 1]);
  const x1 = layout.x[l] - layout.radius[l];
  const y1 = layout.y[l][j];
  ctx.lineWidth = l === 1 ? 1 : 2;
  for (let k = 0; k < nIn; k++) {
    const t = Math.min(1, Math.abs(row[k]) / scale);
    const [r, g, b] = row[k] >= 0 ? POSITIVE_RGB : NEGATIVE_RGB;
    ctx.strokeStyle = `rgba(${r},${g},${b},${(0.1 + 0.9 * t).toFixed(3)})`;
    ctx.beginPath();
    ctx.moveTo(x0, layout.y[l - 1][k]);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
}
