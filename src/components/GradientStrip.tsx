import { useEffect, useRef, useState } from 'react';
import { layerName } from '../backprop/stepText';
import { neuronName } from '../math/symbols';
import { plainNumber } from '../math/texNumber';
import { useAppStore } from '../store/appStore';
import type { StripLayout } from '../viz/gradientStrip';
import { layoutStrip, paintStrip, stripCellAt } from '../viz/gradientStrip';

interface Pointed {
  text: string;
  symbol: 'w' | 'b';
  value: number;
}

/**
 * −∇C of the traced mini-batch as 13,002 signed cells, a block per layer (a row per neuron,
 * its weights then its bias). Pointing at a cell picks out that weight in the network above.
 */
export function GradientStrip() {
  const batch = useAppStore((s) => s.lessonBatch);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layout = useRef<StripLayout | null>(null);
  const [pointed, setPointed] = useState<Pointed | null>(null);

  useEffect(() => {
    const el = canvas.current;
    const host = el?.parentElement;
    if (!el || !host || !batch) return;
    const paint = () => {
      const sizes = [batch.trace.dCdW[0].length / batch.trace.dCdb[0].length].concat(
        batch.trace.dCdb.map((b) => b.length),
      );
      const next = layoutStrip(sizes, host.clientWidth);
      const dpr = window.devicePixelRatio || 1;
      el.width = Math.round(next.width * dpr);
      el.height = Math.round(next.height * dpr);
      el.style.width = `${next.width}px`;
      el.style.height = `${next.height}px`;
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      paintStrip(ctx, next, batch.trace.dCdW, batch.trace.dCdb);
      layout.current = next;
    };
    paint();
    const observer = new ResizeObserver(paint);
    observer.observe(host);
    return () => observer.disconnect();
  }, [batch]);

  const onMove = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const cell =
      layout.current &&
      stripCellAt(layout.current, event.clientX - box.left, event.clientY - box.top);
    const s = useAppStore.getState();
    if (!cell || !batch) {
      s.hoverEdge(null);
      s.hover(null);
      return setPointed(null);
    }
    const { layer, j, k } = cell;
    const nIn = batch.trace.dCdW[layer - 1].length / batch.trace.dCdb[layer - 1].length;
    const bias = k === nIn;
    const value = bias
      ? -batch.trace.dCdb[layer - 1][j]
      : -batch.trace.dCdW[layer - 1][j * nIn + k];
    if (bias) {
      s.hoverEdge(null);
      s.hover({ layer, index: j });
    } else {
      s.hover(null);
      s.hoverEdge({ layer, j, k });
    }
    const L = batch.trace.dCdb.length;
    const neuron = `${layerName(layer, L + 1)} neuron ${neuronName(layer, j, L)}`;
    setPointed({
      text: bias
        ? `bias of ${neuron}`
        : `weight into ${neuron} from ${layer === 1 ? 'pixel' : 'neuron'} ${neuronName(layer - 1, k, L)}`,
      symbol: bias ? 'b' : 'w',
      value,
    });
  };
  const onLeave = () => {
    useAppStore.getState().hoverEdge(null);
    useAppStore.getState().hover(null);
    setPointed(null);
  };

  if (!batch) return null;
  return (
    <section className="card gradient-strip" aria-label="The gradient vector">
      <h2>The gradient vector −∇C of this mini-batch: 13,002 numbers</h2>
      <p className="caption">
        One cell per weight and bias, a block per layer (a row per neuron: its incoming weights,
        then its bias). <span className="sym-w">Blue</span>: the average wish is to raise it,{' '}
        <span className="sym-c">red</span>: to lower it; brightness is how much that parameter
        matters, each layer on its own scale. Point at a cell to find it in the network.
      </p>
      <div className="strip-host">
        <canvas
          ref={canvas}
          data-testid="gradient-strip"
          onPointerMove={onMove}
          onPointerLeave={onLeave}
          role="img"
          aria-label="The gradient of the mini-batch's mean cost, one cell per parameter"
        />
      </div>
      <p className="caption" data-testid="gradient-pointed" data-value={pointed?.value ?? ''}>
        {pointed
          ? `${pointed.text}: −∂C/∂${pointed.symbol} = ${plainNumber(pointed.value)}`
          : 'Point at a cell.'}
      </p>
    </section>
  );
}
