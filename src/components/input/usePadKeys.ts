import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Point } from '../../data/preprocess/strokes';

/** The keyboard pen moves over the network's own 28×28 grid, one square a press. */
export const PAD_GRID = 28;
/** Squares per press with Shift held. */
const SHIFT_SQUARES = 4;
const MOVES: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export interface PadCursor {
  col: number;
  row: number;
  penDown: boolean;
}

/** The stroke path the pointer uses, so a keyboard drawing is preprocessed the same way. */
export interface PadPen {
  down(p: Point): void;
  move(points: Point[]): void;
  up(): void;
  clear(): void;
}

/**
 * Drawing by keyboard: the arrow keys move a cursor over the grid (drawing while the pen is
 * down), Space or Enter puts the pen down or lifts it, Delete or Backspace clears the pad.
 * The keys it uses do not reach the page's own shortcuts.
 */
export function usePadKeys(canvas: { current: HTMLCanvasElement | null }, pen: PadPen) {
  const [cursor, setCursor] = useState<PadCursor>({
    col: PAD_GRID / 2,
    row: PAD_GRID / 2,
    penDown: false,
  });
  // Read by handlers between renders (several presses may land before React renders).
  const at = useRef(cursor);
  const [focused, setFocused] = useState(false);

  const padPoint = (c: PadCursor): Point | null => {
    const el = canvas.current;
    if (!el) return null;
    const cell = el.clientWidth / PAD_GRID;
    return { x: (c.col + 0.5) * cell, y: (c.row + 0.5) * cell };
  };
  const place = (next: PadCursor) => {
    at.current = next;
    setCursor(next);
  };

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const c = at.current;
    const move = MOVES[event.key];
    if (move) {
      const by = event.shiftKey ? SHIFT_SQUARES : 1;
      const clamp = (v: number) => Math.max(0, Math.min(PAD_GRID - 1, v));
      const next = { ...c, col: clamp(c.col + move[0] * by), row: clamp(c.row + move[1] * by) };
      const p = padPoint(next);
      if (c.penDown && p) pen.move([p]);
      place(next);
    } else if (event.key === ' ' || event.key === 'Enter') {
      const p = padPoint(c);
      if (c.penDown) pen.up();
      else if (p) pen.down(p);
      place({ ...c, penDown: !c.penDown });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      if (c.penDown) pen.up();
      pen.clear();
      place({ ...c, penDown: false });
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  function onBlur() {
    setFocused(false);
    if (at.current.penDown) pen.up();
    place({ ...at.current, penDown: false });
  }

  return { cursor, focused, onKeyDown, onFocus: () => setFocused(true), onBlur };
}
