import type { EdgeId, NeuronId } from '../../vocabulary';
import type { NetworkLayout } from './layout';
import { edgeEnds } from './paintEdges';

/** Distance from point p to the segment a-b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The focused neuron's incoming edge nearest (x, y), within `reach` CSS pixels. */
export function incomingEdgeAt(
  layout: NetworkLayout,
  neuron: NeuronId,
  x: number,
  y: number,
  reach = 6,
): EdgeId | null {
  const { layer: l, index: j } = neuron;
  if (l < 1 || l >= layout.x.length) return null;
  const [x0, x1] = edgeEnds(layout, l);
  if (x < x0 - reach || x > x1 + reach) return null;
  let best: EdgeId | null = null;
  let bestDistance = reach;
  layout.y[l - 1].forEach((y0, k) => {
    const d = segmentDistance(x, y, x0, y0, x1, layout.y[l][j]);
    if (d < bestDistance) [best, bestDistance] = [{ layer: l, j, k }, d];
  });
  return best;
}
