import type { ToEdgeRenderer } from './edgeProtocol';
import type { EdgeColors, EdgeInputs } from './paintEdges';
import { paintEdges } from './paintEdges';
import type { NetworkLayout } from './layout';
import { throttleLatest } from '../throttle';
import { pacedInterval } from '../viewPace';

/**
 * The edge worker paints at most this often; posting faster would only clone weights to drop.
 * When the page shows snapshots further apart (a slow machine), the edges follow every other
 * one: the worker's rasterising would otherwise take the CPU the page and the engine need.
 */
const PAINT_INTERVAL_MS = 100;

export interface EdgeLayer {
  setLayout(layout: NetworkLayout, dpr: number): void;
  paint(inputs: EdgeInputs, colors: EdgeColors): void;
  dispose(): void;
}

/**
 * The edge canvas, painted by its own worker when the browser can hand a canvas to one, else on
 * the main thread. Either way the caller just says what to paint.
 */
export function createEdgeLayer(canvas: HTMLCanvasElement): EdgeLayer {
  if (typeof canvas.transferControlToOffscreen === 'function') {
    const worker = new Worker(new URL('./edgeRenderer.worker.ts', import.meta.url), {
      type: 'module',
    });
    const offscreen = canvas.transferControlToOffscreen();
    const send = (msg: ToEdgeRenderer, transfer: Transferable[] = []) =>
      worker.postMessage(msg, transfer);
    send({ type: 'canvas', canvas: offscreen }, [offscreen]);
    const paint = throttleLatest(
      (inputs: EdgeInputs, colors: EdgeColors) => send({ type: 'paint', inputs, colors }),
      () => pacedInterval(PAINT_INTERVAL_MS, 2),
    );
    return {
      setLayout: (layout, dpr) => send({ type: 'layout', layout, dpr }),
      paint,
      dispose: () => {
        paint.cancel();
        worker.terminate();
      },
    };
  }
  let layout: NetworkLayout | null = null;
  const ctx = canvas.getContext('2d');
  return {
    setLayout(next, dpr) {
      layout = next;
      canvas.width = Math.round(next.width * dpr);
      canvas.height = Math.round(next.height * dpr);
      ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    },
    paint: (inputs, colors) => ctx && layout && paintEdges(ctx, layout, inputs, colors),
    dispose: () => {},
  };
}
