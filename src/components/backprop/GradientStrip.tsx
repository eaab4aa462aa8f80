import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { layerName, neuronName } from '../../math/symbols';
import { shownNumber } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import type { StripLayout } from '../../viz/gradientStrip';
import { layoutStrip, paintStrip, stripCellAt } from '../../viz/gradientStrip';
import { useVizColors } from '../ui/useVizColors';
import { NegativeName } from '../network/NegativeName';

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
  const m = useMessages();
  const say = m.app.gradient;
  const colors = useVizColors();

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
      paintStrip(ctx, next, batch.trace.dCdW, batch.trace.dCdb, colors);
      layout.current = next;
    };
    paint();
    const observer = new ResizeObserver(paint);
    observer.observe(host);
    return () => observer.disconnect();
  }, [batch, colors]);

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
    const neuron = m.app.names.layerNeuron(
      layerName(layer, L + 1, m.app.names),
      neuronName(layer, j, L),
    );
    const from = layer === 1 ? say.fromPixel : say.fromNeuron;
    setPointed({
      text: bias ? say.bias(neuron) : from(neuron, neuronName(layer - 1, k, L)),
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
    <section className="card gradient-strip" aria-label={say.card}>
      <h2>{say.heading}</h2>
      <p className="caption">
        {say.captionBefore}
        <span className="sym-pos">{say.blue}</span>
        {say.raise}
        <NegativeName standard={say.red} />
        {say.captionAfter}
      </p>
      <div className="strip-host">
        <canvas
          ref={canvas}
          data-testid="gradient-strip"
          onPointerMove={onMove}
          onPointerLeave={onLeave}
          role="img"
          aria-label={say.strip}
        />
      </div>
      <p className="caption" data-testid="gradient-pointed" data-value={pointed?.value ?? ''}>
        {pointed
          ? say.pointed(pointed.text, pointed.symbol, shownNumber(pointed.value))
          : say.pointAt}
      </p>
    </section>
  );
}
