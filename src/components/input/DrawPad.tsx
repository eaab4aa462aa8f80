import { useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from '../../data/preprocess/strokes';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { paintLinkedDigit } from '../../viz/paintLinkedDigit';
import { paintAllStrokes, paintStroke } from '../../viz/paintStrokes';

/** Where a pointer event is, in the pad's CSS pixels. */
function padPoint(canvas: HTMLCanvasElement, e: { clientX: number; clientY: number }): Point {
  const box = canvas.getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}

/** The drawing pad: mouse, touch and pen, a thick soft brush, undo and clear. */
export function DrawPad() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const store = useAppStore;
  const hasStrokes = useAppStore((s) => s.strokes.length > 0);
  const linked = useAppStore((s) => s.linkedDigit !== null);
  const say = useMessages().app.input;

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ctx = el.getContext('2d');
    const repaint = () => {
      const { strokes, linkedDigit } = store.getState();
      if (ctx) paintAllStrokes(ctx, el.clientWidth, el.clientHeight, strokes);
      if (ctx && linkedDigit) paintLinkedDigit(ctx, el.clientWidth, el.clientHeight, linkedDigit);
    };
    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      el.width = Math.round(el.clientWidth * dpr);
      el.height = Math.round(el.clientHeight * dpr);
      ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
      store.getState().setPadSize(el.clientWidth, el.clientHeight);
      repaint();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(el);
    const unsubscribe = store.subscribe((s, prev) => {
      // Growing strokes are painted incrementally by the pointer handlers; undo and clear repaint.
      if (s.strokes !== prev.strokes || s.linkedDigit !== prev.linkedDigit) repaint();
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      // A pad taken off screen mid-stroke (a page switch) lifts the pen.
      store.getState().endStroke();
    };
  }, [store]);

  function down(e: ReactPointerEvent<HTMLCanvasElement>) {
    const el = canvas.current;
    if (!el || (e.pointerType === 'mouse' && e.button !== 0)) return;
    el.setPointerCapture(e.pointerId);
    drawing.current = true;
    store.getState().beginStroke(padPoint(el, e));
    const ctx = el.getContext('2d');
    const stroke = store.getState().strokes.at(-1);
    if (ctx && stroke) paintStroke(ctx, Math.min(el.clientWidth, el.clientHeight), stroke);
  }

  function move(e: ReactPointerEvent<HTMLCanvasElement>) {
    const el = canvas.current;
    if (!el || !drawing.current) return;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    const points = (events.length > 0 ? events : [e]).map((ev) => padPoint(el, ev));
    const stroke = store.getState().strokes.at(-1);
    const from = stroke?.length ?? 0;
    store.getState().extendStroke(points);
    const ctx = el.getContext('2d');
    if (ctx && stroke) paintStroke(ctx, Math.min(el.clientWidth, el.clientHeight), stroke, from);
  }

  function up() {
    if (drawing.current) store.getState().endStroke();
    drawing.current = false;
  }

  return (
    <div className="pad">
      <canvas
        ref={canvas}
        className="draw-canvas"
        data-testid="draw-canvas"
        aria-label={say.pad}
        role="img"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      {!hasStrokes && !linked && <p className="pad-hint">{say.padHint}</p>}
      <div className="row">
        <button
          onClick={() => store.getState().undoStroke()}
          disabled={!hasStrokes}
          data-testid="undo-stroke"
        >
          {say.undo}
        </button>
        <button onClick={() => store.getState().clearStrokes()} data-testid="clear-canvas">
          {say.clear}
        </button>
      </div>
    </div>
  );
}
