import { useEffect, useRef } from 'react';
import { argmax } from '../engine/network';
import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/appStore';
import { focusedNeuron } from '../store/viewSlice';
import type { NetworkLayout } from '../viz/network/layout';
import { layoutNetwork } from '../viz/network/layout';
import { buildNeurons, paintNeurons } from '../viz/network/neuronsSvg';
import type { EdgeInputs } from '../viz/network/paintEdges';
import { paintEdges, paintInputColumn } from '../viz/network/paintEdges';
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

/** What the edge layer was last painted from: repaint only when one of these moves. */
function edgeKey(s: AppState): unknown[] {
  const contribution = s.edgeMode === 'contribution';
  return [s.snapshot?.weightsVersion, s.edgeMode, contribution ? s.snapshot?.probe : null];
}

type Layers = {
  edges: CanvasRenderingContext2D;
  inputs: CanvasRenderingContext2D;
  focus: CanvasRenderingContext2D;
};

/**
 * The whole network, 3Blue1Brown style, as stacked layers that each repaint only when their
 * own data change: edges (canvas) when the weights move, or with the signal in w·a mode;
 * the input column (canvas) per input; the focus (canvas) per hover; neurons (SVG) per frame.
 */
export function NetworkView() {
  const host = useRef<HTMLDivElement>(null);
  const edges = useRef<HTMLCanvasElement>(null);
  const inputs = useRef<HTMLCanvasElement>(null);
  const focus = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const sizesKey = useAppStore((s) => s.model?.spec.sizes.join('-') ?? '');

  useEffect(() => {
    const box = host.current;
    const neurons = svg.current;
    if (!box || !neurons || !sizesKey) return;
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
        paintEdges(layers.edges, layout, data);
        paintedEdges = key;
      }
      paintInputColumn(layers.inputs, layout, data.a?.[0] ?? null);
      paintFocus(s);
      paintNeuronLayer(s);
    };
    const resize = () => {
      const [width, height] = [box.clientWidth, box.clientHeight];
      if (width === 0 || height === 0 || !edges.current || !inputs.current || !focus.current)
        return;
      layout = layoutNetwork(sizes, width, height);
      const [e, i, f] = [edges.current, inputs.current, focus.current].map((c) =>
        fitCanvas(c, width, height),
      );
      layers = e && i && f ? { edges: e, inputs: i, focus: f } : null;
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
    };
  }, [sizesKey]);

  return (
    <div className="network-view" ref={host} aria-label="The network, layer by layer" role="group">
      <canvas ref={edges} className="layer" aria-hidden="true" />
      <canvas ref={inputs} className="layer" aria-hidden="true" />
      <canvas ref={focus} className="layer" aria-hidden="true" />
      <svg ref={svg} className="layer neurons" />
    </div>
  );
}
