import type { WeightRef } from '../engine/costSurface';
import type { Params } from './regression';

/**
 * What a user sets on the gradient-descent page (and a lesson link carries): the ranges of its
 * controls and where they start. Animation state (balls, runs) is not part of it.
 */

/** The one-parameter curve's η slider. */
export const CURVE_RATE = { min: 0.001, max: 31.6, initial: 0.05 };
/** Where ball 1 starts until the user clicks the curve elsewhere (x runs over CURVE_DOMAIN). */
export const CURVE_FIRST_START = 4.2;

/** The least-squares fit's η slider. */
export const FIT_RATE = { min: 0.003, max: 1, initial: 0.1 };
/** Mini-batch sizes to choose from: 200 is the whole data set, i.e. full-batch descent. */
export const FIT_BATCHES = ['1', '10', '50', '200'] as const;
export type FitBatch = (typeof FIT_BATCHES)[number];
export const FIT_FIRST_BATCH: FitBatch = '10';
/** The (w, b) map's extent: a start is picked on it. */
export const W_DOMAIN = [-3, 4.5] as const;
export const B_DOMAIN = [-4, 4] as const;
export const FIT_FIRST_START: Params = { w: -2, b: 3 };

/** A point picked on a plot, to hundredths: finer than a pixel is not a choice. */
export const pickedValue = (value: number) => Math.round(value * 100) / 100;

/** The two weights of the real network's cost surface, when the user chose them. */
export type SurfacePair = [WeightRef, WeightRef];

/** Everything the user sets on the page. */
export interface DescentSettings {
  /** η of the one-parameter curve. */
  curveRate: number;
  /** Where ball 1 starts on the curve. */
  curveStart: number;
  /** Four balls from four starts, rather than one. */
  curveSeveral: boolean;
  /** η of the least-squares fit. */
  fitRate: number;
  fitBatch: FitBatch;
  /** Where both fits start on the (w, b) map. */
  fitStart: Params;
  /** The two weights the user chose for the real cost surface; null: the model's default pair. */
  surfacePair: SurfacePair | null;
}
