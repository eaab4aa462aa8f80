import { useEffect, useRef } from 'react';
import { argmax } from '../engine/network';
import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/appStore';
import { focusedNeuron } from '../store/viewSlice';
import type { NetworkLayout } from '../viz/network/layout';
import { layoutNetwork } from '../viz/network/layout';
import { buildNeurons, paintNeurons } from '../viz/network/neuronsSvg';
import type { EdgeInputs } from '../viz/network/paintEdges';
import { paintInputColumn } from '../viz/network/paintEdges';
import { createEdgeLayer } from '../viz/network/edgeLayer';
import { paintHighlight } from '../viz/network/paintHighlight';

/** Sizes a canvas for the device pixel ratio and returns a context drawing in CSS pixels. */
function fitCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr: number,
): CanvasRenderingContext2D | null {
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

/** What the edge layer was last painted from: repaint only when one of these moves. */
function edgeKey(s: AppState): unknown[] {
  const contribution = s.edgeMode === 'contribution';
  return [s.snapshot?.weightsVersion, s.edgeMode, contribution ? s.snapshot?.probe : null];
}

type Layers = { inputs: CanvasRenderingContext2D; focus: CanvasRenderingContext2D };

/**
 * The whole network, 3Blue1Brown style, as stacked layers that each repaint only when their
 * own data change: edges (a canvas painted by its own worker) when the weights move, or with
 * the signal in w·a mode; the input column (canvas) per input; the focus (canvas) per hover;
 * neurons (SVG) per frame.
 */
export function NetworkView() {
  const host = useRef<HTMLDivElement>(null);
  const inputs = useRef<HTMLCanvasElement>(null);
  const focus = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const sizesKey = useAppStore((s) => s.model?.spec.sizes.join('-') ?? '');

  useEffect(() => {
    const box = host.current;
    const neurons = svg.current;
    if (!box || !neurons || !sizesKey) return;
    // A fresh canvas per mount: one handed to a worker cannot be taken back or handed again.
    const edgeCanvas = document.createElement('canvas');
    edgeCanvas.className = 'layer';
    edgeCanvas.setAttribute('aria-hidden', 'true');
    box.prepend(edgeCanvas);
    const edgeLayer = createEdgeLayer(edgeCanvas);
    const sizes = sizesKey.split('-').map(Number);
    const store = useAppStore;
    let layout: NetworkLayout | null = null;
    let layers: Layers | null = null;
    let paintedEdges: unknown[] = [];

    const paintNeuronLayer = (s: AppState) => {
      const a = s.snapshot?.probe?.a ?? null;
      paintNeurons(neurons, a, focusedNeuron(s), a ? argmax(a[a.length - 1]) : -1);
    };
    const paintFocus = (s: AppState) => {
      const data = edgeInputs(s);
      if (layout && layers && data) paintHighlight(layers.focus, layout, data, focusedNeuron(s));
    };
    const paintFrame = (s: AppState, force: boolean) => {
      const data = edgeInputs(s);
      if (!layout || !layers || !data) return;
      const key = edgeKey(s);
      if (force || key.some((k, i) => k !== paintedEdges[i])) {
        edgeLayer.paint(data);
        paintedEdges = key;
      }
      paintInputColumn(layers.inputs, layout, data.a?.[0] ?? null);
      paintFocus(s);
      paintNeuronLayer(s);
    };
    const resize = () => {
      const [width, height] = [box.clientWidth, box.clientHeight];
      if (width === 0 || height === 0 || !inputs.current || !focus.current) return;
      const dpr = window.devicePixelRatio || 1;
      layout = layoutNetwork(sizes, width, height);
      Object.assign(edgeCanvas.style, { width: `${width}px`, height: `${height}px` });
      edgeLayer.setLayout(layout, dpr);
      const i = fitCanvas(inputs.current, width, height, dpr);
      const f = fitCanvas(focus.current, width, height, dpr);
      layers = i && f ? { inputs: i, focus: f } : null;
      const { hover, select } = store.getState();
      buildNeurons(neurons, layout, { hover, select });
      paintFrame(store.getState(), true);
    };
    const observer = new ResizeObserver(resize);
    observer.observe(box);
    resize();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.edgeMode !== prev.edgeMode) paintFrame(s, false);
      else if (s.hovered !== prev.hovered || s.selected !== prev.selected) {
        paintFocus(s);
        paintNeuronLayer(s);
      }
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      edgeLayer.dispose();
      edgeCanvas.remove();
    };
  }, [sizesKey]);

  return (
    <div className="network-view" ref={host} aria-label="The network, layer by layer" role="group">
      <canvas ref={inputs} className="layer" aria-hidden="true" />
      <canvas ref={focus} className="layer" aria-hidden="true" />
      <svg ref={svg} className="layer neurons" />
    </div>
  );
}
