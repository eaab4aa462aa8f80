import type { StateCreator } from 'zustand';
import type { PreprocessResult } from '../data/preprocess/mnistify';
import type { Point } from '../data/preprocess/strokes';
import type { AppState } from './appStore';

export type InputSource = 'drawing' | 'mnist';

export interface DrawingSlice {
  inputSource: InputSource;
  /** The user's strokes in pad pixels; the last one grows while the pen is down. */
  strokes: Point[][];
  padSize: { width: number; height: number };
  /** Bumped whenever strokes change, since they are appended to in place while drawing. */
  strokesVersion: number;
  /** The pen (mouse, finger) is on the pad: the drawing is still changing. */
  penDown: boolean;
  /** The drawing as MNIST would have made it (null for an empty pad). */
  drawnDigit: PreprocessResult | null;
  /** The strokesVersion drawnDigit was made from: it is made once a frame at most, so may lag. */
  drawnDigitVersion: number;
  /** A drawn digit opened from a link: its 28×28 pixels, without the strokes that made them. */
  linkedDigit: Uint8Array | null;
  setDrawnDigit(digit: PreprocessResult | null, strokesVersion: number): void;
  setInputSource(source: InputSource): void;
  beginStroke(p: Point): void;
  extendStroke(points: readonly Point[]): void;
  endStroke(): void;
  undoStroke(): void;
  clearStrokes(): void;
  setPadSize(width: number, height: number): void;
  showLinkedDigit(pixels: Uint8Array): void;
}

export const createDrawingSlice: StateCreator<AppState, [], [], DrawingSlice> = (set) => ({
  inputSource: 'mnist',
  strokes: [],
  padSize: { width: 1, height: 1 },
  strokesVersion: 0,
  penDown: false,
  drawnDigit: null,
  drawnDigitVersion: 0,
  linkedDigit: null,
  setDrawnDigit: (drawnDigit, drawnDigitVersion) => set({ drawnDigit, drawnDigitVersion }),
  setInputSource: (inputSource) => set({ inputSource }),
  beginStroke: (p) =>
    set((s) => ({
      strokes: [...s.strokes, [p]],
      strokesVersion: s.strokesVersion + 1,
      penDown: true,
      inputSource: 'drawing',
      linkedDigit: null,
    })),
  extendStroke: (points) =>
    set((s) => {
      s.strokes.at(-1)?.push(...points);
      return { strokesVersion: s.strokesVersion + 1 };
    }),
  endStroke: () => set({ penDown: false }),
  undoStroke: () =>
    set((s) => ({ strokes: s.strokes.slice(0, -1), strokesVersion: s.strokesVersion + 1 })),
  clearStrokes: () =>
    set((s) => ({ strokes: [], strokesVersion: s.strokesVersion + 1, linkedDigit: null })),
  setPadSize: (width, height) => set({ padSize: { width, height } }),
  showLinkedDigit: (linkedDigit) =>
    set((s) => ({
      linkedDigit,
      strokes: [],
      strokesVersion: s.strokesVersion + 1,
      inputSource: 'drawing',
    })),
});
