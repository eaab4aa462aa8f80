import { useEffect, useRef } from 'react';
import { argmax } from '../engine/network';
import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/appStore';
import { focusedNeuron } from '../store/viewSlice';
import type { NetworkLayout } from '../viz/network/layout';
import { layoutNetwork } from '../viz/network/layout';
import { buildNeurons, paintNeurons } from '../viz/network/neuronsSvg';
import type { EdgeInputs } from '../viz/network/paintEdges';
import { paintEdges } from '../viz/network/paintEdges';
import { paintHighlight } from '../viz/network/paintHighlight';

/** Sizes a canvas for the device pixel ratio and returns a context drawing in CSS pixels. */
function fitCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

function edgeInputs(s: AppState): EdgeInputs | null {
  if (!s.snapshot) return null;
  return { weights: s.snapshot.weights, a: s.snapshot.probe?.a ?? null, mode: s.edgeMode };
}

/**
 * The whole network, 3Blue1Brown style: three stacked layers, each painted only when its own
 * inputs change: edges (canvas) per snapshot, focus (canvas) per hover, neurons (SVG).
 */
export function NetworkView() {
  const host = useRef<HTMLDivElement>(null);
  const edges = useRef<HTMLCanvasElement>(null);
  const focus = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const sizesKey = useAppStore((s) => s.model?.spec.sizes.join('-') ?? '');

  useEffect(() => {
    const box = host.current;
    if (!box || !edges.current || !focus.current || !svg.current || !sizesKey) return;
    const sizes = sizesKey.split('-').map(Number);
    const store = useAppStore;
    let layout: NetworkLayout | null = null;
    let edgeCtx: CanvasRenderingContext2D | null = null;
    let focusCtx: CanvasRenderingContext2D | null = null;

    const paintAll = (s: AppState) => {
      const inputs = edgeInputs(s);
      if (!layout || !svg.current) return;
      if (edgeCtx && inputs) paintEdges(edgeCtx, layout, inputs);
      paintFocus(s);
      const a = s.snapshot?.probe?.a ?? null;
      paintNeurons(svg.current, a, focusedNeuron(s), a ? argmax(a[a.length - 1]) : -1);
    };
    const paintFocus = (s: AppState) => {
      const inputs = edgeInputs(s);
      if (layout && focusCtx && inputs) paintHighlight(focusCtx, layout, inputs, focusedNeuron(s));
    };
    const resize = () => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      if (width === 0 || height === 0 || !edges.current || !focus.current || !svg.current) return;
      layout = layoutNetwork(sizes, width, height);
      edgeCtx = fitCanvas(edges.current, width, height);
      focusCtx = fitCanvas(focus.current, width, height);
      const { hover, select } = store.getState();
      buildNeurons(svg.current, layout, { hover, select });
      paintAll(store.getState());
    };
    const observer = new ResizeObserver(resize);
    observer.observe(box);
    resize();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.edgeMode !== prev.edgeMode) paintAll(s);
      else if (s.hovered !== prev.hovered || s.selected !== prev.selected) {
        paintFocus(s);
        if (svg.current) {
          const a = s.snapshot?.probe?.a ?? null;
          paintNeurons(svg.current, a, focusedNeuron(s), a ? argmax(a[a.length - 1]) : -1);
        }
      }
    });
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [sizesKey]);

  return (
    <div className="network-view" ref={host} aria-label="The network, layer by layer" role="group">
      <canvas ref={edges} className="layer" aria-hidden="true" />
      <canvas ref={focus} className="layer" aria-hidden="true" />
      <svg ref={svg} className="layer neurons" />
    </div>
  );
}
