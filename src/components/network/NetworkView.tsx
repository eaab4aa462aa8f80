import { useEffect, useRef } from 'react';
import { messagesFor } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { sameValues } from '../../math/sameValues';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { focusedNeuron } from '../../store/viewSlice';
import { createEdgeLayer } from '../../viz/network/edgeLayer';
import { incomingEdgeAt } from '../../viz/network/hitEdge';
import type { NetworkLayout } from '../../viz/network/layout';
import { PROJECTOR_LABEL_ROOM, layoutNetwork } from '../../viz/network/layout';
import { buildNeurons, nameNeurons, paintNeurons } from '../../viz/network/neuronsSvg';
import { inputColumnStrip, paintInputColumn } from '../../viz/network/paintEdges';
import { paintHighlight } from '../../viz/network/paintHighlight';
import type { ViewFrame } from '../../viz/network/viewFrame';
import { frameOf } from '../../viz/network/stateFrame';
import { setAttr } from '../../viz/domWrites';
import { vizColors } from '../../viz/palette';
import { SignalFlow } from './SignalFlow';

/**
 * Sizes a canvas for the device pixel ratio and returns a context drawing in the view's CSS
 * pixels; a canvas covering only a strip from `left` is shifted there.
 */
function fitCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr: number,
  left = 0,
): CanvasRenderingContext2D | null {
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.left = `${left}px`;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, -left * dpr, 0);
  return ctx;
}

/** What the frame was built from: a new frame only when one of these moves. */
function frameKey(s: AppState): unknown[] {
  if (s.page === 'backprop' && s.lesson) return [s.page, s.lesson, s.step, s.edgeMode];
  return [s.page, s.snapshot, s.edgeMode];
}

/** The picked edge: only the backprop page explains single edges. */
const focusedEdge = (s: AppState) =>
  s.page === 'backprop' ? (s.hoveredEdge ?? s.selectedEdge) : null;

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
    let frame: ViewFrame | null = null;
    let paintedInput: Float64Array | null = null;

    const paintFocus = (s: AppState) => {
      if (!layout || !layers || !frame) return;
      const colors = vizColors(s);
      paintHighlight(
        layers.focus,
        layout,
        { inputs: frame.edges, band: frame.band, neuron: focusedNeuron(s), edge: focusedEdge(s) },
        colors,
      );
      paintNeurons(neurons, frame, focusedNeuron(s), colors);
      setAttr(box, 'data-band', frame.band ? frame.band.join('-') : '');
    };
    const paintFrame = (s: AppState, force: boolean) => {
      const next = frameOf(s);
      // A snapshot of the previous architecture can arrive before this view is rebuilt.
      if (!layout || !layers || !next || next.layers.length !== layout.x.length) return;
      frame = next;
      const colors = vizColors(s);
      if (force || frame.edgeKey.some((k, i) => k !== paintedEdges[i])) {
        edgeLayer.paint(frame.edges, colors);
        paintedEdges = frame.edgeKey;
      }
      // The input stays put while training streams new arrays of it: repaint only real changes.
      const input = frame.layers[0].values;
      if (force || !sameValues(input, paintedInput)) {
        paintInputColumn(layers.inputs, layout, input, colors.axis);
        paintedInput = input;
      }
      paintFocus(s);
    };
    const resize = () => {
      const [width, height] = [box.clientWidth, box.clientHeight];
      if (width === 0 || height === 0 || !inputs.current || !focus.current) return;
      const dpr = window.devicePixelRatio || 1;
      const labelRoom = store.getState().projector ? PROJECTOR_LABEL_ROOM : undefined;
      layout = layoutNetwork(sizes, width, height, labelRoom);
      Object.assign(edgeCanvas.style, { width: `${width}px`, height: `${height}px` });
      edgeLayer.setLayout(layout, dpr);
      // The input column changes with every pen move: its canvas covers just the column, so
      // each frame hands the compositor a sliver rather than the whole view.
      const strip = inputColumnStrip(layout);
      const i = fitCanvas(inputs.current, strip.width, height, dpr, strip.left);
      const f = fitCanvas(focus.current, width, height, dpr);
      layers = i && f ? { inputs: i, focus: f } : null;
      const { hover, select, language } = store.getState();
      buildNeurons(neurons, layout, { hover, select }, messagesFor(language).app.names);
      paintFrame(store.getState(), true);
    };
    // On the backprop page, pointing at one of the focused neuron's edges explains that edge.
    const edgeUnder = (event: PointerEvent) => {
      const s = store.getState();
      const neuron = focusedNeuron(s);
      if (s.page !== 'backprop' || !layout || !neuron) return null;
      const r = box.getBoundingClientRect();
      return incomingEdgeAt(layout, neuron, event.clientX - r.left, event.clientY - r.top);
    };
    const onPointerMove = (event: PointerEvent) => store.getState().hoverEdge(edgeUnder(event));
    const onPointerLeave = () => store.getState().hoverEdge(null);
    const onClick = (event: MouseEvent) => {
      const edge = event.target instanceof SVGElement && event.target.closest('.neuron');
      if (edge) return;
      const picked = edgeUnder(event as PointerEvent);
      if (picked) store.getState().selectEdge(picked);
    };
    box.addEventListener('pointermove', onPointerMove);
    box.addEventListener('pointerleave', onPointerLeave);
    box.addEventListener('click', onClick);
    const observer = new ResizeObserver(resize);
    observer.observe(box);
    resize();
    /**
     * What to repaint. A new snapshot (training, or the answer to a pen move) is painted in the
     * next animation frame, once however many arrive: after the output bars, and for a snapshot
     * shown in an animation frame, in the frame after, so the two frames share its cost (as the
     * snapshot pacing measures it). What the user steps to, points at or switches shows at once.
     */
    const due = { frame: false, force: false, focus: false };
    let painting = 0;
    const paintDue = () => {
      painting = 0;
      const s = store.getState();
      if (due.frame || due.force) paintFrame(s, due.force);
      else if (due.focus) paintFocus(s);
      Object.assign(due, { frame: false, force: false, focus: false });
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.language !== prev.language) nameNeurons(neurons, messagesFor(s.language).app.names);
      // Projector type needs more room for the output labels: lay the columns out again.
      if (s.projector !== prev.projector) return resize();
      const key = frameKey(s);
      const prevKey = frameKey(prev);
      const moved = key.filter((k, i) => k !== prevKey[i]);
      // New colours (theme, palette, projector mode) repaint every layer.
      if (vizColors(s) !== vizColors(prev)) due.force = true;
      else if (moved.length > 0) due.frame = true;
      else if (
        s.hovered !== prev.hovered ||
        s.selected !== prev.selected ||
        focusedEdge(s) !== focusedEdge(prev)
      ) {
        due.focus = true;
      } else return;
      if (!due.force && moved.length > 0 && moved.every((k) => k === s.snapshot)) {
        painting ||= requestAnimationFrame(paintDue);
      } else {
        cancelAnimationFrame(painting);
        paintDue();
      }
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      cancelAnimationFrame(painting);
      box.removeEventListener('pointermove', onPointerMove);
      box.removeEventListener('pointerleave', onPointerLeave);
      box.removeEventListener('click', onClick);
      edgeLayer.dispose();
      edgeCanvas.remove();
    };
  }, [sizesKey]);

  const say = useMessages().app.network;
  return (
    <div
      className="network-view"
      data-testid="network-view"
      ref={host}
      aria-label={say.view}
      role="group"
    >
      <canvas ref={inputs} className="layer" aria-hidden="true" />
      <canvas ref={focus} className="layer" aria-hidden="true" />
      <svg ref={svg} className="layer neurons" aria-label={say.neurons} />
      <SignalFlow />
    </div>
  );
}
