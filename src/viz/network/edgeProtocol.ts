import type { EdgeColors, EdgeInputs } from './paintEdges';
import type { NetworkLayout } from './layout';

/** Messages from the network view to the worker that paints its 12,960 edges. */
export type ToEdgeRenderer =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'layout'; layout: NetworkLayout; dpr: number }
  | { type: 'paint'; inputs: EdgeInputs; colors: EdgeColors };
