import { useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from '../../data/preprocess/strokes';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { paintLinkedDigit } from '../../viz/paintLinkedDigit';
import { paintAllStrokes, paintStroke } from '../../viz/paintStrokes';
import { PAD_GRID, usePadKeys } from './usePadKeys';

/** Where a pointer event is, in the pad's CSS pixels. */
function padPoint(canvas: HTMLCanvasElement, e: { clientX: number; clientY: number }): Point {
  const box = canvas.getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}

/** The drawing pad: mouse, touch, pen or keyboard, a thick soft brush, undo and clear. */
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

  /** The one stroke path, for pointer and keyboard alike: store the points, paint the new ones. */
  function penDown(p: Point) {
    const el = canvas.current;
    if (!el) return;
    drawing.current = true;
    store.getState().beginStroke(p);
    const ctx = el.getContext('2d');
    const stroke = store.getState().strokes.at(-1);
    if (ctx && stroke) paintStroke(ctx, Math.min(el.clientWidth, el.clientHeight), stroke);
  }

  function penMove(points: Point[]) {
    const el = canvas.current;
    if (!el || !drawing.current) return;
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

  const keys = usePadKeys(canvas, {
    down: penDown,
    move: penMove,
    up,
    clear: () => store.getState().clearStrokes(),
  });

  function down(e: ReactPointerEvent<HTMLCanvasElement>) {
    const el = canvas.current;
    if (!el || (e.pointerType === 'mouse' && e.button !== 0)) return;
    el.setPointerCapture(e.pointerId);
    penDown(padPoint(el, e));
  }

  function move(e: ReactPointerEvent<HTMLCanvasElement>) {
    const el = canvas.current;
    if (!el || !drawing.current) return;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    penMove((events.length > 0 ? events : [e]).map((ev) => padPoint(el, ev)));
  }

  return (
    <div className="pad">
      <div className="pad-surface">
        <canvas
          ref={canvas}
          className="draw-canvas"
          data-testid="draw-canvas"
          aria-label={say.pad}
          aria-describedby="pad-keys-help"
          // An application: its keys (arrows, Space, Enter, Delete) draw rather than scroll or read.
          role="application"
          tabIndex={0}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
          onKeyDown={keys.onKeyDown}
          onFocus={keys.onFocus}
          onBlur={keys.onBlur}
        />
        {keys.focused && (
          <svg
            className="pad-cursor"
            viewBox={`0 0 ${PAD_GRID} ${PAD_GRID}`}
            aria-hidden="true"
            data-testid="pad-cursor"
            data-col={keys.cursor.col}
            data-row={keys.cursor.row}
            data-pen={keys.cursor.penDown ? 'down' : 'up'}
          >
            <rect
              className={keys.cursor.penDown ? 'pen-down' : 'pen-up'}
              x={keys.cursor.col}
              y={keys.cursor.row}
              width={1}
              height={1}
            />
          </svg>
        )}
      </div>
      <p id="pad-keys-help" className="visually-hidden">
        {say.padKeys}
      </p>
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
