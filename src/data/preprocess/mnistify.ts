import { centreOfMass } from './centreOfMass';
import type { GreyImage, Pen, Placement } from './rasterise';
import { renderStrokes } from './rasterise';
import type { Drawing, Point } from './strokes';
import { strokesOnPad } from './strokes';

/** MNIST's frame is MNIST_SIZE × MNIST_SIZE pixels. */
export const MNIST_SIZE = 28;

/** MNIST's size normalisation: the ink's longer side, pen thickness included, spans 20 px. */
export const INK_BOX = 20;

/**
 * Where the ink's centre of mass goes, with pixel (col, row) at (col, row). MNIST's own test
 * digits average (14.01, 13.99) in that convention, spread ±0.5 by its whole-pixel shifts; the
 * frame's geometric centre would be 13.5.
 */
export const MNIST_CENTRE = 14;

/**
 * The pen the strokes are re-drawn with, in 28×28 pixels, whatever pen the pad showed: a fixed
 * pad pen would make a small digit bold and a large one hair-thin once scaled. Matched to MNIST's
 * ink statistics (see mnistStatistics.test.ts).
 */
export const MNIST_PEN: Readonly<Pen> = { width: 2.6, edge: 1 };

/**
 * Ink spanning less than this fraction of the pad's shorter side is scaled as if it spanned that
 * much, so that a dot or a tiny scribble stays small instead of being blown up to 20 px.
 */
export const MIN_SPAN_FRACTION = 0.15;

/** An axis-aligned rectangle in pad pixels. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every step of the pipeline, so the UI can show how the 28×28 input came about. */
export interface PreprocessResult {
  /** Bounding box of the accepted stroke points, in pad pixels. */
  bounds: Bounds;
  /** Output pixels per pad pixel. */
  scale: number;
  /** Whether the ink was too small and was scaled as if it spanned MIN_SPAN_FRACTION of the pad. */
  scaleCapped: boolean;
  /** The cropped, scaled rendering: its longer side is INK_BOX px unless the scale was capped. */
  box: GreyImage;
  /** The box's ink centre of mass, in box pixels. */
  boxCentre: Point;
  /** Translation from box pixels to frame pixels that puts the centre of mass at MNIST_CENTRE. */
  shift: Point;
  /** The MNIST-style digit: MNIST_SIZE² grey levels, row-major. */
  image: Uint8Array;
}

function boundsOf(strokes: readonly (readonly Point[])[]): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const stroke of strokes) {
    for (const { x, y } of stroke) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Turns pad strokes into the image MNIST would have made of them: crop to the ink, scale the
 * longer side to INK_BOX px, re-draw anti-aliased with MNIST_PEN, then translate so the centre
 * of mass sits at MNIST_CENTRE. Returns null when no usable point remains (no strokes, or all
 * points off the pad or non-finite), and also for a pad without a finite positive size.
 */
export function preprocessDrawing(drawing: Drawing): PreprocessResult | null {
  const padSide = Math.min(drawing.width, drawing.height);
  if (!(padSide > 0 && Number.isFinite(padSide))) return null;
  const strokes = strokesOnPad(drawing);
  if (strokes.length === 0) return null;

  const bounds = boundsOf(strokes);
  const span = Math.max(bounds.width, bounds.height);
  const minSpan = MIN_SPAN_FRACTION * padSide;
  const pen = MNIST_PEN;
  // The pen adds its width around the stroke points, so the points span INK_BOX − pen width.
  const scale = (INK_BOX - pen.width) / Math.max(span, minSpan);

  // Pixel k covers [k − ½, k + ½]; centre the ink in a whole number of pixels.
  const inkWidth = bounds.width * scale + pen.width;
  const inkHeight = bounds.height * scale + pen.width;
  const boxWidth = Math.ceil(inkWidth - 1e-9);
  const boxHeight = Math.ceil(inkHeight - 1e-9);
  const inBox: Placement = {
    scale,
    dx: (boxWidth - inkWidth) / 2 - 0.5 + pen.width / 2 - bounds.x * scale,
    dy: (boxHeight - inkHeight) / 2 - 0.5 + pen.width / 2 - bounds.y * scale,
  };
  const box = renderStrokes(strokes, inBox, boxWidth, boxHeight, pen);

  const { x, y } = centreOfMass(box);
  const shift = { x: MNIST_CENTRE - x, y: MNIST_CENTRE - y };
  const inFrame: Placement = { scale, dx: inBox.dx + shift.x, dy: inBox.dy + shift.y };
  const image = renderStrokes(strokes, inFrame, MNIST_SIZE, MNIST_SIZE, pen).pixels;

  return {
    bounds,
    scale,
    scaleCapped: span < minSpan,
    box,
    boxCentre: { x, y },
    shift,
    image,
  };
}
