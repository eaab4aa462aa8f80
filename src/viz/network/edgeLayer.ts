import type { ToEdgeRenderer } from './edgeProtocol';
import type { EdgeInputs } from './paintEdges';
import { paintEdges } from './paintEdges';
import type { NetworkLayout } from './layout';

export interface EdgeLayer {
  setLayout(layout: NetworkLayout, dpr: number): void;
  paint(inputs: EdgeInputs): void;
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
    return {
      setLayout: (layout, dpr) => send({ type: 'layout', layout, dpr }),
      paint: (inputs) => send({ type: 'paint', inputs }),
      dispose: () => worker.terminate(),
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
    paint: (inputs) => ctx && layout && paintEdges(ctx, layout, inputs),
    dispose: () => {},
  };
}
