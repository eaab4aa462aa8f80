/// <reference lib="webworker" />
/**
 * Paints the edge layer on an OffscreenCanvas, off the main thread: rasterising thousands of
 * lines can take longer than a frame without a GPU, and here it never delays input or animation.
 * Only the newest paint request is drawn; older ones still waiting are dropped.
 */
import type { ToEdgeRenderer } from './edgeProtocol';
import { paintEdges } from './paintEdges';
import type { NetworkLayout } from './layout';

declare const self: DedicatedWorkerGlobalScope;

let ctx: OffscreenCanvasRenderingContext2D | null = null;
let layout: NetworkLayout | null = null;
let pending: Extract<ToEdgeRenderer, { type: 'paint' }> | null = null;
let scheduled = false;
let lastPaint = -Infinity;

/**
 * At most this often: without a GPU one paint rasterises for tens of milliseconds, and the
 * engine worker needs the CPU more than the edges need 60 Hz while the weights creep.
 */
const MIN_INTERVAL_MS = 100;
/**
 * Device pixels per CSS pixel of the edge canvas, relative to the screen's. Thousands of faint
 * lines read the same at half resolution, and rasterise in a quarter of the time.
 */
const RESOLUTION = 0.5;

function paintLatest(): void {
  scheduled = false;
  if (!ctx || !layout || !pending) return;
  paintEdges(ctx, layout, pending.inputs, pending.colors);
  pending = null;
  lastPaint = performance.now();
}

self.onmessage = (event: MessageEvent<ToEdgeRenderer>) => {
  const msg = event.data;
  if (msg.type === 'canvas') {
    ctx = msg.canvas.getContext('2d');
    return;
  }
  if (msg.type === 'layout') {
    layout = msg.layout;
    if (ctx) {
      const scale = msg.dpr * RESOLUTION;
      ctx.canvas.width = Math.round(layout.width * scale);
      ctx.canvas.height = Math.round(layout.height * scale);
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
    }
    return;
  }
  pending = msg;
  if (!scheduled) {
    scheduled = true;
    // A macrotask even when due now, so a burst of queued requests collapses into the newest.
    setTimeout(paintLatest, Math.max(0, lastPaint + MIN_INTERVAL_MS - performance.now()));
  }
};
